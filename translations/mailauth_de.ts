<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AggregateReportParser</name>
    <message>
        <source>the XML declares entities in a DOCTYPE, which DMARC reports never do; it was not read, for safety</source>
        <translation>das XML deklariert Entitäten in einer DOCTYPE-Angabe, was DMARC-Berichte nie tun; es wurde aus Sicherheitsgründen nicht gelesen</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element but &lt;%1&gt;)</source>
        <translation>kein DMARC-Sammelbericht (das XML hat kein &lt;feedback&gt;-Element, sondern &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element)</source>
        <translation>kein DMARC-Sammelbericht (das XML hat kein &lt;feedback&gt;-Element)</translation>
    </message>
    <message>
        <source>the XML is broken at line %1: %2</source>
        <translation>das XML ist in Zeile %1 fehlerhaft: %2</translation>
    </message>
    <message>
        <source>the report has no report_id, so it cannot be told apart from others</source>
        <translation>der Bericht hat keine report_id und lässt sich daher nicht von anderen unterscheiden</translation>
    </message>
    <message>
        <source>the report does not say which domain it is about (policy_published/domain is missing)</source>
        <translation>der Bericht sagt nicht, um welche Domain es geht (policy_published/domain fehlt)</translation>
    </message>
    <message>
        <source>the report has more than %1 rows; it was not read</source>
        <translation>der Bericht hat mehr als %1 Zeilen; er wurde nicht gelesen</translation>
    </message>
    <message>
        <source>row %1 of the report has no message count</source>
        <translation>Zeile %1 des Berichts hat keine Nachrichtenanzahl</translation>
    </message>
    <message>
        <source>row %1 of the report has an empty message count</source>
        <translation>Zeile %1 des Berichts hat eine leere Nachrichtenanzahl</translation>
    </message>
    <message>
        <source>row %1 of the report has a negative message count (%2)</source>
        <translation>Zeile %1 des Berichts hat eine negative Nachrichtenanzahl (%2)</translation>
    </message>
    <message>
        <source>row %1 of the report has a message count that is not a number (%2)</source>
        <translation>Zeile %1 des Berichts hat eine Nachrichtenanzahl, die keine Zahl ist (%2)</translation>
    </message>
    <message>
        <source>row %1 of the report has a message count too large to be true (%2)</source>
        <translation>Zeile %1 des Berichts hat eine unmöglich große Nachrichtenanzahl (%2)</translation>
    </message>
</context>
<context>
    <name>AresChannel</name>
    <message>
        <source>system (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The server sent a malformed answer.</source>
        <translation>Der Server hat eine fehlerhafte Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server answered with response code %1 (%2).</source>
        <translation>Der Server hat mit dem Antwortcode %1 (%2) geantwortet.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>unknown (no answer from DNS)</source>
        <translation>unbekannt (keine Antwort vom DNS)</translation>
    </message>
    <message>
        <source>null MX (accepts no mail)</source>
        <translation>Null-MX (nimmt keine Mail an)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX: %1</translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation>SPF: %1</translation>
    </message>
    <message numerus="yes">
        <source>SPF: %n records (receivers then ignore all of them)</source>
        <translation>
            <numerusform>SPF: %n Eintrag (Empfänger ignorieren dann alle)</numerusform>
            <numerusform>SPF: %n Einträge (Empfänger ignorieren dann alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>SPF lookups: %1 of 10</source>
        <translation>SPF-Abfragen: %1 von 10</translation>
    </message>
    <message>
        <source>none of its own (whether a parent domain&apos;s record applies is unknown: DNS did not answer)</source>
        <translation>kein eigener (ob der Eintrag einer übergeordneten Domain gilt, ist unbekannt: das DNS hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation>DMARC: %1</translation>
    </message>
    <message>
        <source>no CNAME</source>
        <translation>kein CNAME</translation>
    </message>
    <message>
        <source>(key %1 bits)</source>
        <translation>(Schlüssel mit %1 Bit)</translation>
    </message>
    <message>
        <source>DKIM %1: %2</source>
        <translation>DKIM %1: %2</translation>
    </message>
</context>
<context>
    <name>AuthenticationResults</name>
    <message>
        <source>The ARC instance i=%1 is not a number.</source>
        <translation>Die ARC-Instanz i=%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field does not start with i=.</source>
        <translation>Das Feld ARC-Authentication-Results beginnt nicht mit i=.</translation>
    </message>
    <message>
        <source>The field has no authserv-id (the receiver&apos;s name); Microsoft 365 writes it so.</source>
        <translation>Das Feld hat keine authserv-id (den Namen des Empfängers); Microsoft 365 schreibt das Feld so.</translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after the authserv-id &quot;%1&quot;.</source>
        <translation>Nach der authserv-id „%1“ fehlt ein „;“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form method=result.</source>
        <translation>„%1“ hat nicht die Form Methode=Ergebnis.</translation>
    </message>
    <message>
        <source>The result of %1 has a property that is not of the form ptype.property=value.</source>
        <translation>Das Ergebnis von %1 hat eine Eigenschaft, die nicht die Form ptype.property=value hat.</translation>
    </message>
</context>
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>This panel adds the zone name to the host field itself: type only the part shown (for example selector1._domainkey), never the full name, or the record ends up at selector1._domainkey.contoso.com.contoso.com.</source>
        <translation>Dieses Portal hängt den Zonennamen selbst an das Host-Feld an: Geben Sie nur den angezeigten Teil ein (zum Beispiel selector1._domainkey), nie den vollständigen Namen, sonst landet der Eintrag unter selector1._domainkey.contoso.com.contoso.com.</translation>
    </message>
    <message>
        <source>Set every CNAME to &quot;DNS only&quot; (grey cloud). A proxied CNAME hides the target and Microsoft cannot find the DKIM key.</source>
        <translation>Stellen Sie jeden CNAME auf „DNS only“ (graue Wolke). Ein CNAME über den Proxy verbirgt das Ziel, und Microsoft findet den DKIM-Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Route 53 needs a trailing dot at the end of CNAME targets (shown below).</source>
        <translation>Route 53 braucht einen Punkt am Ende von CNAME-Zielen (unten gezeigt).</translation>
    </message>
    <message>
        <source>Route 53 wants TXT values in quotation marks; values over 255 characters as several quoted strings (shown below).</source>
        <translation>Route 53 erwartet TXT-Werte in Anführungszeichen, Werte über 255 Zeichen als mehrere Zeichenketten in Anführungszeichen (unten gezeigt).</translation>
    </message>
    <message>
        <source>Use a TTL of 3600 seconds (1 hour), as Microsoft recommends.</source>
        <translation>Verwenden Sie eine TTL von 3600 Sekunden (1 Stunde), wie Microsoft empfiehlt.</translation>
    </message>
    <message>
        <source>Increase the SOA serial number when you add these lines, then reload the zone.</source>
        <translation>Erhöhen Sie die SOA-Seriennummer, wenn Sie diese Zeilen hinzufügen, und laden Sie die Zone dann neu.</translation>
    </message>
    <message>
        <source>set up domain authentication in SendGrid (CNAME records s1._domainkey and s2._domainkey)</source>
        <translation>Domain-Authentifizierung in SendGrid einrichten (CNAME-Einträge s1._domainkey und s2._domainkey)</translation>
    </message>
    <message>
        <source>authenticate the domain in Mailchimp (CNAME records k2._domainkey and k3._domainkey; for Mandrill mte1._domainkey and mte2._domainkey)</source>
        <translation>die Domain in Mailchimp authentifizieren (CNAME-Einträge k2._domainkey und k3._domainkey; für Mandrill mte1._domainkey und mte2._domainkey)</translation>
    </message>
    <message>
        <source>verify the domain in Mailgun and publish the DKIM record it shows</source>
        <translation>die Domain in Mailgun verifizieren und den dort angezeigten DKIM-Eintrag veröffentlichen</translation>
    </message>
    <message>
        <source>turn on Easy DKIM for the domain in Amazon SES (three CNAME records ending in dkim.amazonses.com)</source>
        <translation>Easy DKIM für die Domain in Amazon SES einschalten (drei CNAME-Einträge, die auf dkim.amazonses.com enden)</translation>
    </message>
    <message>
        <source>generate a DKIM key in the Google Admin console (selector google), publish it and start authentication</source>
        <translation>in der Google Admin-Konsole einen DKIM-Schlüssel erzeugen (Selektor google), ihn veröffentlichen und die Authentifizierung starten</translation>
    </message>
    <message>
        <source>turn on digital signatures in Zendesk (CNAME records zendesk1._domainkey and zendesk2._domainkey)</source>
        <translation>digitale Signaturen in Zendesk einschalten (CNAME-Einträge zendesk1._domainkey und zendesk2._domainkey)</translation>
    </message>
    <message>
        <source>create a DKIM key for the domain in Salesforce Setup and publish its CNAME records</source>
        <translation>im Salesforce-Setup einen DKIM-Schlüssel für die Domain erstellen und seine CNAME-Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>configure DKIM for the domain in Freshdesk&apos;s email settings and publish the records it shows</source>
        <translation>DKIM für die Domain in den E-Mail-Einstellungen von Freshdesk konfigurieren und die dort angezeigten Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>add the domain in Postmark and publish its DKIM record (and the pm-bounces return path)</source>
        <translation>die Domain in Postmark hinzufügen und ihren DKIM-Eintrag veröffentlichen (sowie den Return-Path pm-bounces)</translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation>DKIM für die Domain in %1 einrichten</translation>
    </message>
    <message>
        <source>Worldwide (Microsoft 365 commercial)</source>
        <translation>Weltweit (Microsoft 365, kommerziell)</translation>
    </message>
    <message>
        <source>GCC (US Government Community Cloud)</source>
        <translation>GCC (US Government Community Cloud)</translation>
    </message>
    <message>
        <source>Office 365 operated by 21Vianet (China)</source>
        <translation>Office 365, betrieben von 21Vianet (China)</translation>
    </message>
    <message>
        <source>A web control panel (generic)</source>
        <translation>Ein Web-Verwaltungsportal (allgemein)</translation>
    </message>
    <message>
        <source>BIND zone file</source>
        <translation>BIND-Zonendatei</translation>
    </message>
    <message>
        <source>Windows DNS Server</source>
        <translation>Windows-DNS-Server</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Audits the mail authentication of one or more domains through DNS: MX, SPF (with its lookup count), DMARC, the DKIM selectors and more, with findings and fixes.
Exit status: 0 = no errors found, 1 = errors found, 2 = the check could not run.</source>
        <translation>Prüft die Mail-Authentifizierung einer oder mehrerer Domains über DNS: MX, SPF (mit Abfragezählung), DMARC, die DKIM-Selektoren und mehr, mit Befunden und Lösungen.
Exit-Status: 0 = keine Fehler gefunden, 1 = Fehler gefunden, 2 = die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Domains to check.</source>
        <translation>Zu prüfende Domains.</translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation>DOMAIN...</translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation>Weitere Domains aus DATEI lesen, eine pro Zeile (# leitet einen Kommentar ein).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also check this DKIM selector (selector1 and selector2 always are).</source>
        <translation>Auch diesen DKIM-Selektor prüfen (selector1 und selector2 werden immer geprüft).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation>Ein JSON-Objekt pro Domain und Zeile.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid selector name.</source>
        <translation>„%1“ ist kein gültiger Selektorname.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked with %1 DNS questions.</source>
        <translation>
            <numerusform>%n Domain mit %1 DNS-Fragen geprüft.</numerusform>
            <numerusform>%n Domains mit %1 DNS-Fragen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisational domain: %1 by the RFC 9989 DNS tree walk, %2 by the public suffix list (RFC 7489 receivers)</source>
        <translation>Organisationsdomain: %1 laut DNS-Baumsuche nach RFC 9989, %2 laut Public Suffix List (Empfänger nach RFC 7489)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; split the list into smaller files.</source>
        <translation>„%1“ ist größer als %2 MiB; teilen Sie die Liste auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is longer than %3 bytes; each line holds one domain name and an optional # comment.</source>
        <translation>Zeile %1 von „%2“ ist länger als %3 Byte; jede Zeile enthält einen Domainnamen und optional einen #-Kommentar.</translation>
    </message>
    <message>
        <source>Check at most N domains at once (default %1); a new one starts only while --max-in-flight leaves room.</source>
        <translation>Höchstens N Domains gleichzeitig prüfen (Standard %1); eine neue beginnt nur, solange --max-in-flight Platz lässt.</translation>
    </message>
    <message>
        <source>--parallel takes a whole number of at least 1.</source>
        <translation>--parallel erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Check DOMAIN as parked, by the parked set: it should send and receive no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation>DOMAIN als geparkte Domain prüfen, nach dem Satz für geparkte Domains: Sie soll keine Mail senden oder empfangen (Null-MX, v=spf1 -all, p=reject, kein DKIM).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation>Nennen Sie mindestens eine Domain oder verwenden Sie --domains-file oder --parked.</translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation>%1 ist als sendende Domain und mit --parked genannt; eine Domain ist entweder das eine oder das andere.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>(position %1)</source>
        <translation>(Position %1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; verifiers discard the whole record.</source>
        <translation>„%1“ hat nicht die Form Tag=Wert; Prüfer verwerfen den ganzen Eintrag.</translation>
    </message>
    <message>
        <source>Copy the key record again exactly as your mail provider shows it.</source>
        <translation>Kopieren Sie den Schlüsseleintrag erneut genau so, wie Ihr Mail-Anbieter ihn anzeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; RFC 6376 makes the whole record invalid.</source>
        <translation>„%1“ kommt mehrfach vor; nach RFC 6376 ist damit der ganze Eintrag ungültig.</translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot;.</source>
        <translation>Behalten Sie nur ein „%1=“.</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1; verifiers discard the record.</source>
        <translation>v=%1 ist nicht DKIM1; Prüfer verwerfen den Eintrag.</translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag; verifiers discard the record.</source>
        <translation>v=DKIM1 muss das erste Tag sein; Prüfer verwerfen den Eintrag.</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DKIM1;&quot; or leave v= out.</source>
        <translation>Beginnen Sie den Eintrag mit „v=DKIM1;“ oder lassen Sie v= weg.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (rsa, ed25519).</source>
        <translation>k=%1 ist kein Schlüsseltyp, den Prüfer kennen (rsa, ed25519).</translation>
    </message>
    <message>
        <source>Use k=rsa (Microsoft 365 keys are RSA) or k=ed25519.</source>
        <translation>Verwenden Sie k=rsa (Microsoft-365-Schlüssel sind RSA) oder k=ed25519.</translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail, so verifiers ignore this key for mail.</source>
        <translation>s=%1 erlaubt keine E-Mail, daher ignorieren Prüfer diesen Schlüssel für Mails.</translation>
    </message>
    <message>
        <source>Remove s= or write s=email.</source>
        <translation>Entfernen Sie s= oder schreiben Sie s=email.</translation>
    </message>
    <message>
        <source>t=y marks the domain as testing DKIM: verifiers treat signed mail as unsigned, so DMARC gets no help from DKIM.</source>
        <translation>t=y kennzeichnet die Domain als DKIM-Test: Prüfer behandeln signierte Mails wie unsignierte, DMARC bekommt also keine Hilfe von DKIM.</translation>
    </message>
    <message>
        <source>Remove y from t= once signing works.</source>
        <translation>Entfernen Sie y aus t=, sobald das Signieren funktioniert.</translation>
    </message>
    <message>
        <source>h=%1 does not allow sha256; RFC 8301 forbids rsa-sha1, so signatures with this key cannot be verified.</source>
        <translation>h=%1 erlaubt kein sha256; RFC 8301 verbietet rsa-sha1, Signaturen mit diesem Schlüssel lassen sich also nicht prüfen.</translation>
    </message>
    <message>
        <source>Remove h= or write h=sha256.</source>
        <translation>Entfernen Sie h= oder schreiben Sie h=sha256.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key record tag; verifiers ignore it.</source>
        <translation>„%1“ ist kein Tag eines Schlüsseleintrags; Prüfer ignorieren es.</translation>
    </message>
    <message>
        <source>Nothing to do unless it is a typo.</source>
        <translation>Nichts zu tun, außer es ist ein Tippfehler.</translation>
    </message>
    <message>
        <source>The record has no public key (p=); verifiers cannot use it.</source>
        <translation>Der Eintrag enthält keinen öffentlichen Schlüssel (p=); Prüfer können ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>Copy the whole key record again; it must contain p= followed by the key.</source>
        <translation>Kopieren Sie den ganzen Schlüsseleintrag erneut; er muss p= gefolgt vom Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>p= is empty: the key is revoked, so mail signed with this selector fails DKIM.</source>
        <translation>p= ist leer: Der Schlüssel ist widerrufen, mit diesem Selektor signierte Mails bestehen DKIM nicht.</translation>
    </message>
    <message>
        <source>If this selector is still used for signing, publish its current key; otherwise nothing to do.</source>
        <translation>Wenn mit diesem Selektor noch signiert wird, veröffentlichen Sie seinen aktuellen Schlüssel; sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>The key in p= cannot be decoded as a %1 public key; it was probably cut off or mistyped.</source>
        <translation>Der Schlüssel in p= lässt sich nicht als öffentlicher %1-Schlüssel lesen; vermutlich ist er abgeschnitten oder falsch abgetippt.</translation>
    </message>
    <message>
        <source>Copy the key again in one piece; if your DNS panel splits long values, check that nothing was lost at the joins.</source>
        <translation>Kopieren Sie den Schlüssel erneut in einem Stück; teilt Ihr DNS-Portal lange Werte auf, prüfen Sie, dass an den Nahtstellen nichts verloren ging.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; RFC 8301 forbids verifiers to accept keys under %2 bits.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; RFC 8301 verbietet Prüfern, Schlüssel unter %2 Bit zu akzeptieren.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key (Microsoft 365: Rotate-DkimSigningConfig -KeySize 2048).</source>
        <translation>Erzeugen Sie einen neuen 2048-Bit-Schlüssel (Microsoft 365: Rotate-DkimSigningConfig -KeySize 2048).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; that still works, but 2048 bits is the recommended size.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; das funktioniert noch, empfohlen sind aber 2048 Bit.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit key: Rotate-DkimSigningConfig -Identity &lt;domain&gt; -KeySize 2048.</source>
        <translation>Wechseln Sie auf einen 2048-Bit-Schlüssel: Rotate-DkimSigningConfig -Identity &lt;Domain&gt; -KeySize 2048.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know: key types are case-sensitive, only k=%2 is.</source>
        <translation>k=%1 ist kein Schlüsseltyp, den Prüfer kennen: Schlüsseltypen unterscheiden Groß- und Kleinschreibung, nur k=%2 ist gültig.</translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail: service types are case-sensitive, only s=email is, so verifiers ignore this key for mail.</source>
        <translation>s=%1 erlaubt keine E-Mail: Diensttypen unterscheiden Groß- und Kleinschreibung, nur s=email ist gültig, daher ignorieren Prüfer diesen Schlüssel für E-Mail.</translation>
    </message>
</context>
<context>
    <name>DkimPowerShell</name>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation>„%1“ ist kein Domainname in seiner DNS-Form (A-Label).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in name (user@contoso.onmicrosoft.com).</source>
        <translation>„%1“ ist kein Anmeldename (benutzer@contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The cloud&apos;s Exchange environment name is not valid.</source>
        <translation>Der Exchange-Umgebungsname der Cloud ist ungültig.</translation>
    </message>
</context>
<context>
    <name>DkimProofs</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1: Der Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain of the project.</source>
        <translation>%1: „%2“ ist keine Domain des Projekts.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: Unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>%1: the date of the test message is not valid.</source>
        <translation>%1: Das Datum der Testnachricht ist ungültig.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a verdict the wizard records.</source>
        <translation>%1: „%2“ ist kein Ergebnis, das der Assistent erfasst.</translation>
    </message>
    <message>
        <source>%1: the verdict text must be one line of at most %2 printable characters.</source>
        <translation>%1: Der Ergebnistext muss aus einer Zeile mit höchstens %2 druckbaren Zeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>DkimRotation</name>
    <message>
        <source>%1: %2 is not a date between %3 and today.</source>
        <translation>%1: %2 ist kein Datum zwischen %3 und heute.</translation>
    </message>
    <message>
        <source>The second rotation pass can only follow the first one by at least four days.</source>
        <translation>Der zweite Rotationsdurchlauf kann frühestens vier Tage nach dem ersten erfolgen.</translation>
    </message>
    <message>
        <source>%1 is not the size of a checked DKIM key.</source>
        <translation>%1 ist nicht die Größe eines geprüften DKIM-Schlüssels.</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>no key seen</source>
        <translation>kein Schlüssel gefunden</translation>
    </message>
    <message>
        <source>selector1: %1, selector2: %2</source>
        <translation>selector1: %1, selector2: %2</translation>
    </message>
    <message>
        <source>(one to go)</source>
        <translation>(einer steht noch aus)</translation>
    </message>
    <message>
        <source>Keys in DNS: %1.</source>
        <translation>Schlüssel im DNS: %1.</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: the first pass is due.</source>
        <translation>DKIM-Schlüsselrotation auf 2048 Bit: Der erste Durchlauf steht an.</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: second pass %1 (on %2).</source>
        <translation>DKIM-Schlüsselrotation auf 2048 Bit: zweiter Durchlauf %1 (am %2).</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: both passes ran; key check %1 (on %2).</source>
        <translation>DKIM-Schlüsselrotation auf 2048 Bit: Beide Durchläufe sind erfolgt; Schlüsselprüfung %1 (am %2).</translation>
    </message>
    <message>
        <source>DKIM keys rotated: 2048 bits on both selectors (checked on %1).</source>
        <translation>DKIM-Schlüssel rotiert: 2048 Bit auf beiden Selektoren (geprüft am %1).</translation>
    </message>
</context>
<context>
    <name>DkimRotationJson</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1: Der Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a DKIM key rotation.</source>
        <translation>%1: „%2“ ist kein Feld einer DKIM-Schlüsselrotation.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain of this project.</source>
        <translation>%1: „%2“ ist keine Domain dieses Projekts.</translation>
    </message>
    <message>
        <source>%1: the DKIM key rotation of %2 is listed twice.</source>
        <translation>%1: Die DKIM-Schlüsselrotation von %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time.</source>
        <translation>%1: %2 ist keine Datums- und Uhrzeitangabe.</translation>
    </message>
    <message>
        <source>%1: %2 is not a key size.</source>
        <translation>%1: %2 ist keine Schlüsselgröße.</translation>
    </message>
    <message>
        <source>%1: the DKIM key rotation of %2 holds no date.</source>
        <translation>%1: Die DKIM-Schlüsselrotation von %2 enthält kein Datum.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DkimRotationPowerShell</name>
    <message>
        <source>A DKIM key rotation has two passes.</source>
        <translation>Eine DKIM-Schlüsselrotation hat zwei Durchläufe.</translation>
    </message>
</context>
<context>
    <name>DkimSignature</name>
    <message>
        <source>The DKIM-Signature is not a list of tag=value pairs (at octet %1).</source>
        <translation>Die DKIM-Signature ist keine Liste von Tag=Wert-Paaren (bei Oktett %1).</translation>
    </message>
    <message>
        <source>The DKIM-Signature tag &quot;%1&quot; has no &quot;=&quot;.</source>
        <translation>Das DKIM-Signature-Tag „%1“ hat kein „=“.</translation>
    </message>
    <message>
        <source>The value of the DKIM-Signature tag &quot;%1&quot; holds a character not allowed there.</source>
        <translation>Der Wert des DKIM-Signature-Tags „%1“ enthält ein dort nicht erlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The DKIM-Signature has the tag &quot;%1&quot; twice, which makes it invalid (RFC 6376 3.2).</source>
        <translation>Die DKIM-Signature enthält das Tag „%1“ zweimal und ist damit ungültig (RFC 6376 3.2).</translation>
    </message>
    <message>
        <source>The DKIM-Signature has no %1= tag, which RFC 6376 requires.</source>
        <translation>Der DKIM-Signature fehlt das Tag %1=, das RFC 6376 vorschreibt.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM-Signature version verifiers know (v=1).</source>
        <translation>v=%1 ist keine DKIM-Signature-Version, die Prüfer kennen (v=1).</translation>
    </message>
    <message>
        <source>a=%1 is not a DKIM signing algorithm (rsa-sha256, ed25519-sha256).</source>
        <translation>a=%1 ist kein DKIM-Signaturalgorithmus (rsa-sha256, ed25519-sha256).</translation>
    </message>
    <message>
        <source>b= (the signature) is empty or not base64.</source>
        <translation>b= (die Signatur) ist leer oder kein Base64.</translation>
    </message>
    <message>
        <source>bh= (the body hash) is empty or not base64.</source>
        <translation>bh= (der Body-Hash) ist leer oder kein Base64.</translation>
    </message>
    <message>
        <source>c=%1 is not a canonicalization verifiers know (simple or relaxed, header/body).</source>
        <translation>c=%1 ist keine Kanonisierung, die Prüfer kennen (simple oder relaxed, Header/Body).</translation>
    </message>
    <message>
        <source>d=%1 is not a domain name.</source>
        <translation>d=%1 ist kein Domainname.</translation>
    </message>
    <message>
        <source>s=%1 is not a selector (a name of dot-separated labels).</source>
        <translation>s=%1 ist kein Selektor (ein Name aus durch Punkte getrennten Labels).</translation>
    </message>
    <message>
        <source>h= lists %1 header fields; no real signature lists more than %2.</source>
        <translation>h= nennt %1 Headerfelder; keine echte Signatur nennt mehr als %2.</translation>
    </message>
    <message>
        <source>h= lists &quot;%1&quot;, which is not a header field name.</source>
        <translation>h= nennt „%1“, das kein Headerfeldname ist.</translation>
    </message>
    <message>
        <source>h= does not list From; RFC 6376 makes verifiers ignore such a signature.</source>
        <translation>h= nennt From nicht; nach RFC 6376 ignorieren Prüfer eine solche Signatur.</translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it (RFC 6376 6.1.1).</source>
        <translation>i=%1 liegt nicht in d=%2 oder einer Subdomain davon (RFC 6376 6.1.1).</translation>
    </message>
    <message>
        <source>l=%1 is not a number of octets.</source>
        <translation>l=%1 ist keine Anzahl von Oktetten.</translation>
    </message>
    <message>
        <source>q=%1 names no key lookup method verifiers know (dns/txt).</source>
        <translation>q=%1 nennt keine Schlüsselabfragemethode, die Prüfer kennen (dns/txt).</translation>
    </message>
    <message>
        <source>t=%1 is not a time in seconds.</source>
        <translation>t=%1 ist keine Zeitangabe in Sekunden.</translation>
    </message>
    <message>
        <source>x=%1 is not a time in seconds.</source>
        <translation>x=%1 ist keine Zeitangabe in Sekunden.</translation>
    </message>
    <message>
        <source>x= (expiry) is before t= (signing time).</source>
        <translation>x= (Ablauf) liegt vor t= (Signaturzeitpunkt).</translation>
    </message>
</context>
<context>
    <name>DkimSigningKey</name>
    <message>
        <source>OpenSSL could not generate a %1-bit RSA key.</source>
        <translation>OpenSSL konnte keinen RSA-Schlüssel mit %1 Bit erzeugen.</translation>
    </message>
</context>
<context>
    <name>DkimTargetPasteParser</name>
    <message>
        <source>The text contains two different selector%1 targets; paste the output for one domain only.</source>
        <translation>Der Text enthält zwei verschiedene selector%1-Ziele; fügen Sie die Ausgabe für nur eine Domain ein.</translation>
    </message>
    <message>
        <source>No DKIM selector targets were found. Paste the output of Get-DkimSigningConfig -Identity &lt;domain&gt; | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME, or the portal&apos;s &quot;CNAME record does not exist&quot; message.</source>
        <translation>Es wurden keine DKIM-Selektorziele gefunden. Fügen Sie die Ausgabe von Get-DkimSigningConfig -Identity &lt;Domain&gt; | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME ein oder die Portalmeldung „CNAME record does not exist“.</translation>
    </message>
    <message>
        <source>Only the selector%1 target was found; both are needed. Paste the complete output.</source>
        <translation>Nur das selector%1-Ziel wurde gefunden; beide werden benötigt. Fügen Sie die vollständige Ausgabe ein.</translation>
    </message>
    <message>
        <source>The two targets do not belong together (different tenant, domain or format); paste the output for one domain only.</source>
        <translation>Die beiden Ziele gehören nicht zusammen (anderer Mandant, andere Domain oder anderes Format); fügen Sie die Ausgabe für nur eine Domain ein.</translation>
    </message>
</context>
<context>
    <name>DkimTargetsCommand</name>
    <message>
        <source>Reads the output of Get-DkimSigningConfig | Format-List, or the Microsoft 365 portal&apos;s &quot;CNAME record does not exist for this config&quot; message, and prints the two DKIM selector CNAME targets to publish.</source>
        <translation>Liest die Ausgabe von Get-DkimSigningConfig | Format-List oder die Microsoft-365-Portalmeldung „CNAME record does not exist for this config“ und gibt die beiden zu veröffentlichenden DKIM-Selektor-CNAME-Ziele aus.</translation>
    </message>
    <message>
        <source>A text file with the pasted output, or - for standard input.</source>
        <translation>Eine Textdatei mit der eingefügten Ausgabe, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Print {&quot;selector1&quot;: ..., &quot;selector2&quot;: ...}.</source>
        <translation>{&quot;selector1&quot;: ..., &quot;selector2&quot;: ...} ausgeben.</translation>
    </message>
    <message>
        <source>Usage: mailauth dkim-targets FILE|- [--json]</source>
        <translation>Aufruf: mailauth dkim-targets DATEI|- [--json]</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Status CnameMissing: Microsoft 365 has not seen these records yet. Publish them, wait until they are visible, then enable DKIM signing.</source>
        <translation>Status CnameMissing: Microsoft 365 sieht diese Einträge noch nicht. Veröffentlichen Sie sie, warten Sie, bis sie sichtbar sind, und aktivieren Sie dann die DKIM-Signatur.</translation>
    </message>
    <message>
        <source>Publish these two CNAME records:</source>
        <translation>Veröffentlichen Sie diese beiden CNAME-Einträge:</translation>
    </message>
    <message>
        <source>Publish these two CNAME records in the zone of %1:</source>
        <translation>Veröffentlichen Sie diese beiden CNAME-Einträge in der Zone von %1:</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>The signature uses rsa-sha1, which RFC 8301 forbids verifiers to accept. The signer must use rsa-sha256.</source>
        <translation>Die Signatur verwendet rsa-sha1, das Prüfer nach RFC 8301 nicht akzeptieren dürfen. Der Signierende muss rsa-sha256 verwenden.</translation>
    </message>
    <message>
        <source>Not verified: the message has more than %1 DKIM signatures.</source>
        <translation>Nicht geprüft: Die Nachricht hat mehr als %1 DKIM-Signaturen.</translation>
    </message>
    <message>
        <source>l=%1 signs only the first %1 octets of the body; %2 octets were added after signing and are not covered (anyone could have appended them).</source>
        <translation>l=%1 signiert nur die ersten %1 Oktette des Bodys; %2 Oktette wurden nach dem Signieren angefügt und sind nicht abgedeckt (jeder hätte sie anhängen können).</translation>
    </message>
    <message>
        <source>l= limits the signature to part of the body: anything appended later (a list footer, or an attacker&apos;s text) would still pass. Signers should not use l=.</source>
        <translation>l= beschränkt die Signatur auf einen Teil des Bodys: Alles später Angehängte (eine Listenfußzeile oder der Text eines Angreifers) würde trotzdem bestehen. Signierende sollten l= nicht verwenden.</translation>
    </message>
    <message>
        <source>No DNS lookup is available to fetch the key at %1.</source>
        <translation>Es ist keine DNS-Abfrage verfügbar, um den Schlüssel unter %1 abzurufen.</translation>
    </message>
    <message>
        <source>Waiting for the key at %1.</source>
        <translation>Warte auf den Schlüssel unter %1.</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (%2); try again later.</source>
        <translation>Der Schlüssel unter %1 konnte nicht abgerufen werden (%2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No key is published at %1 (%2).</source>
        <translation>Unter %1 ist kein Schlüssel veröffentlicht (%2).</translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there (%3).</source>
        <translation>%1 zeigt auf %2, dort ist aber kein Schlüssel veröffentlicht (%3).</translation>
    </message>
    <message>
        <source>The key at %1 is revoked (empty p=).</source>
        <translation>Der Schlüssel unter %1 ist widerrufen (leeres p=).</translation>
    </message>
    <message>
        <source>The key at %1 cannot be used: %2</source>
        <translation>Der Schlüssel unter %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The signature says a=%1, but the key at %2 is of type %3.</source>
        <translation>Die Signatur gibt a=%1 an, der Schlüssel unter %2 ist aber vom Typ %3.</translation>
    </message>
    <message>
        <source>The key at %1 allows only h=%2, not sha256.</source>
        <translation>Der Schlüssel unter %1 erlaubt nur h=%2, nicht sha256.</translation>
    </message>
    <message>
        <source>The key at %1 has t=s, so i= must be in d=%2 itself, not in a subdomain.</source>
        <translation>Der Schlüssel unter %1 hat t=s, daher muss i= in d=%2 selbst liegen, nicht in einer Subdomain.</translation>
    </message>
    <message>
        <source>The key at %1 has t=y (testing): receivers may treat the message as unsigned.</source>
        <translation>Der Schlüssel unter %1 hat t=y (Test): Empfänger behandeln die Nachricht womöglich als unsigniert.</translation>
    </message>
    <message>
        <source>The signature had expired (x=%1, %2) when the message arrived.</source>
        <translation>Die Signatur war beim Eingang der Nachricht bereits abgelaufen (x=%1, %2).</translation>
    </message>
    <message>
        <source>Only the header was given: the signature over the header fields verifies, but the body hash cannot be checked without the body. Open the whole message (.eml) to know.</source>
        <translation>Nur der Header wurde angegeben: Die Signatur über die Headerfelder ist gültig, aber der Body-Hash lässt sich ohne den Body nicht prüfen. Öffnen Sie die ganze Nachricht (.eml), um sicherzugehen.</translation>
    </message>
    <message>
        <source>Only the header was given: the body hash cannot be checked, and the signature over the header fields does not verify here (pasted headers are often re-wrapped by the mail program). Open the whole message (.eml) to know.</source>
        <translation>Nur der Header wurde angegeben: Der Body-Hash lässt sich nicht prüfen, und die Signatur über die Headerfelder ist hier nicht gültig (eingefügte Header werden vom Mailprogramm oft neu umbrochen). Öffnen Sie die ganze Nachricht (.eml), um sicherzugehen.</translation>
    </message>
    <message>
        <source>The body is shorter than l=%1 says: the message was cut after signing.</source>
        <translation>Der Body ist kürzer, als l=%1 angibt: Die Nachricht wurde nach dem Signieren gekürzt.</translation>
    </message>
    <message>
        <source>The body hash does not verify: the body was changed after signing (or the saved message is not the one that was received).</source>
        <translation>Der Body-Hash stimmt nicht: Der Body wurde nach dem Signieren geändert (oder die gespeicherte Nachricht ist nicht die empfangene).</translation>
    </message>
    <message>
        <source>The signature does not verify: a signed header field was changed after signing, or the key does not belong to this signature.</source>
        <translation>Die Signatur ist ungültig: Ein signiertes Headerfeld wurde nach dem Signieren geändert, oder der Schlüssel gehört nicht zu dieser Signatur.</translation>
    </message>
    <message>
        <source>The signature verifies with the key from the file.</source>
        <translation>Die Signatur ist mit dem Schlüssel aus der Datei gültig.</translation>
    </message>
    <message>
        <source>The signature verifies with the key at %1.</source>
        <translation>Die Signatur ist mit dem Schlüssel unter %1 gültig.</translation>
    </message>
</context>
<context>
    <name>DmarcComposer</name>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address for reports.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse für Berichte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fo value (0, 1, d or s, separated by &quot;:&quot;).</source>
        <translation>„%1“ ist kein gültiger fo-Wert (0, 1, d oder s, getrennt durch „:“).</translation>
    </message>
</context>
<context>
    <name>DmarcLinter</name>
    <message>
        <source>The record value starts with a quotation mark. The DNS panel stored the quotes as part of the value, so receivers do not recognise the record.</source>
        <translation>Der Wert des Eintrags beginnt mit einem Anführungszeichen. Das DNS-Portal hat die Anführungszeichen als Teil des Werts gespeichert, daher erkennen Empfänger den Eintrag nicht.</translation>
    </message>
    <message>
        <source>Enter the value without quotation marks: %1</source>
        <translation>Geben Sie den Wert ohne Anführungszeichen ein: %1</translation>
    </message>
    <message>
        <source>The version must be written exactly &quot;v=DMARC1&quot; (upper case); receivers ignore this record.</source>
        <translation>Die Version muss genau „v=DMARC1“ lauten (Großbuchstaben); Empfänger ignorieren diesen Eintrag.</translation>
    </message>
    <message>
        <source>A DMARC record must begin with &quot;v=DMARC1&quot;; receivers ignore this record.</source>
        <translation>Ein DMARC-Eintrag muss mit „v=DMARC1“ beginnen; Empfänger ignorieren diesen Eintrag.</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DMARC1; &quot;, for example &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation>Beginnen Sie den Eintrag mit „v=DMARC1; “, zum Beispiel „v=DMARC1; p=none; rua=mailto:dmarc@%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; receivers ignore it.</source>
        <translation>„%1“ hat nicht die Form Tag=Wert; Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Write each setting as tag=value and separate settings with &quot;;&quot;.</source>
        <translation>Schreiben Sie jede Einstellung als Tag=Wert und trennen Sie Einstellungen mit „;“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; receivers may use either value.</source>
        <translation>„%1“ kommt mehrfach vor; Empfänger können jeden der Werte verwenden.</translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot; and delete the others.</source>
        <translation>Behalten Sie ein „%1=“ und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after &quot;%1=%2&quot;: receivers read &quot;%3&quot; as part of the %1 value.</source>
        <translation>Nach „%1=%2“ fehlt ein „;“: Empfänger lesen „%3“ als Teil des %1-Werts.</translation>
    </message>
    <message>
        <source>Put &quot;; &quot; between the settings: &quot;%1=%2; %3&quot;.</source>
        <translation>Setzen Sie „; “ zwischen die Einstellungen: „%1=%2; %3“.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains quotation marks.</source>
        <translation>Der Wert von „%1“ enthält Anführungszeichen.</translation>
    </message>
    <message>
        <source>Remove the quotation marks: %1=%2</source>
        <translation>Entfernen Sie die Anführungszeichen: %1=%2</translation>
    </message>
    <message>
        <source>Remove pct=%1. To soften the policy while testing, add &quot;t=y&quot; (receivers apply one level lower: reject acts as quarantine, quarantine as none).</source>
        <translation>Entfernen Sie pct=%1. Um die Richtlinie während des Tests abzuschwächen, fügen Sie „t=y“ hinzu (Empfänger wenden eine Stufe niedriger an: reject wirkt wie quarantine, quarantine wie none).</translation>
    </message>
    <message>
        <source>Remove pct=100; it has no effect.</source>
        <translation>Entfernen Sie pct=100; es hat keine Wirkung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed by RFC 9989; receivers ignore it.</source>
        <translation>„%1“ wurde mit RFC 9989 abgeschafft; Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Remove %1=%2.</source>
        <translation>Entfernen Sie %1=%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag; receivers ignore it.</source>
        <translation>„%1“ ist kein DMARC-Tag; Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Check the spelling (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) or remove it.</source>
        <translation>Prüfen Sie die Schreibweise (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not valid (%3); receivers use the default instead.</source>
        <translation>„%1=%2“ ist ungültig (%3); Empfänger verwenden stattdessen den Standardwert.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen der Werte: %1.</translation>
    </message>
    <message>
        <source>r = relaxed, s = strict</source>
        <translation>r = relaxed (locker), s = strict (streng)</translation>
    </message>
    <message>
        <source>y = test mode, n = normal</source>
        <translation>y = Testmodus, n = normal</translation>
    </message>
    <message>
        <source>y, n or u</source>
        <translation>y, n oder u</translation>
    </message>
    <message>
        <source>&quot;fo=%1&quot; is not valid: use 0, 1, d or s separated by &quot;:&quot;, and not 0 and 1 together.</source>
        <translation>„fo=%1“ ist ungültig: Verwenden Sie 0, 1, d oder s, getrennt durch „:“, und nicht 0 und 1 zusammen.</translation>
    </message>
    <message>
        <source>For example fo=1 (report any failure) or remove fo.</source>
        <translation>Zum Beispiel fo=1 (jeden Fehler melden), oder entfernen Sie fo.</translation>
    </message>
    <message>
        <source>The record has no policy (p=); receivers treat it as p=none and only send reports.</source>
        <translation>Der Eintrag hat keine Richtlinie (p=); Empfänger behandeln ihn wie p=none und senden nur Berichte.</translation>
    </message>
    <message>
        <source>The record has no policy (p=) and no report address; receivers ignore it.</source>
        <translation>Der Eintrag hat keine Richtlinie (p=) und keine Berichtsadresse; Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>Add a policy right after the version: &quot;v=DMARC1; p=none; ...&quot;.</source>
        <translation>Fügen Sie direkt nach der Version eine Richtlinie ein: „v=DMARC1; p=none; ...“.</translation>
    </message>
    <message>
        <source>&quot;p=%1&quot; is not a policy; only none, quarantine and reject are.</source>
        <translation>„p=%1“ ist keine Richtlinie; gültig sind nur none, quarantine und reject.</translation>
    </message>
    <message>
        <source>Write p=none, p=quarantine or p=reject.</source>
        <translation>Schreiben Sie p=none, p=quarantine oder p=reject.</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a policy; only none, quarantine and reject are. Receivers then ignore the record&apos;s policy altogether.</source>
        <translation>„%1=%2“ ist keine Richtlinie; gültig sind nur none, quarantine und reject. Empfänger ignorieren dann die Richtlinie des Eintrags ganz.</translation>
    </message>
    <message>
        <source>Write %1=none, %1=quarantine or %1=reject, or remove it.</source>
        <translation>Schreiben Sie %1=none, %1=quarantine oder %1=reject, oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>p=none only monitors: mail that fails DMARC is still delivered, so the domain can still be spoofed.</source>
        <translation>p=none beobachtet nur: Mails, die DMARC nicht bestehen, werden trotzdem zugestellt, die Domain kann also weiter gefälscht werden.</translation>
    </message>
    <message>
        <source>Read the aggregate reports for two to four weeks; when all legitimate senders pass, move to p=quarantine, then p=reject.</source>
        <translation>Lesen Sie zwei bis vier Wochen lang die Sammelberichte; wenn alle legitimen Absender bestehen, wechseln Sie zu p=quarantine und dann zu p=reject.</translation>
    </message>
    <message>
        <source>t=y (test mode): receivers apply one level less than the policy (reject acts as quarantine, quarantine as none).</source>
        <translation>t=y (Testmodus): Empfänger wenden eine Stufe weniger als die Richtlinie an (reject wirkt wie quarantine, quarantine wie none).</translation>
    </message>
    <message>
        <source>Remove t=y when the reports show that legitimate mail passes.</source>
        <translation>Entfernen Sie t=y, wenn die Berichte zeigen, dass legitime Mails bestehen.</translation>
    </message>
    <message>
        <source>sp= in the record of %1 has no effect: receivers use sp only from the organisational domain (%2).</source>
        <translation>sp= im Eintrag von %1 hat keine Wirkung: Empfänger verwenden sp nur von der Organisationsdomain (%2).</translation>
    </message>
    <message>
        <source>Remove sp= here; set sp= in the record at _dmarc.%1 instead.</source>
        <translation>Entfernen Sie sp= hier; setzen Sie sp= stattdessen im Eintrag unter _dmarc.%1.</translation>
    </message>
    <message>
        <source>No report address (rua=): you will not learn who sends mail as this domain, which you need before enforcing.</source>
        <translation>Keine Berichtsadresse (rua=): Sie erfahren nicht, wer Mails im Namen dieser Domain sendet – das müssen Sie wissen, bevor Sie durchsetzen.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@%1 (a shared mailbox works well).</source>
        <translation>Fügen Sie rua=mailto:dmarc-reports@%1 hinzu (ein freigegebenes Postfach eignet sich gut).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a size limit (!…), which RFC 9989 made obsolete; reporters ignore it.</source>
        <translation>„%1“ hat eine Größenbegrenzung (!…), die mit RFC 9989 veraltet ist; Berichtende ignorieren sie.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot; and what follows it.</source>
        <translation>Entfernen Sie das „!“ und alles danach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a URI; receivers will not send reports to it.</source>
        <translation>„%1“ in %2 ist keine URI; Empfänger senden keine Berichte dorthin.</translation>
    </message>
    <message>
        <source>Write %1=mailto:%2</source>
        <translation>Schreiben Sie %1=mailto:%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a mailto: address; receivers only send reports by e-mail.</source>
        <translation>„%1“ in %2 ist keine mailto:-Adresse; Empfänger senden Berichte nur per E-Mail.</translation>
    </message>
    <message>
        <source>Use a mailbox: %1=mailto:dmarc-reports@%2</source>
        <translation>Verwenden Sie ein Postfach: %1=mailto:dmarc-reports@%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a valid e-mail address.</source>
        <translation>„%1“ in %2 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Write it as mailto:name@example.com; percent-encode &quot;,&quot; and &quot;!&quot; inside the address.</source>
        <translation>Schreiben Sie sie als mailto:name@example.com; kodieren Sie „,“ und „!“ in der Adresse mit Prozentzeichen.</translation>
    </message>
    <message>
        <source>%1 TXT &quot;v=DMARC1;&quot;</source>
        <translation>%1 TXT &quot;v=DMARC1;&quot;</translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain. Receivers send them only if %1 publishes an authorisation record.</source>
        <translation>Berichte gehen an %1, die Domain einer anderen Organisation. Empfänger senden sie nur, wenn %1 einen Autorisierungseintrag veröffentlicht.</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your report provider) to publish: %2</source>
        <translation>Bitten Sie den Inhaber von %1 (Ihren Berichtsdienst), Folgendes zu veröffentlichen: %2</translation>
    </message>
    <message>
        <source>Reports for %1 go to %2, but %2 has not authorised them, so receivers drop them silently.</source>
        <translation>Berichte für %1 gehen an %2, aber %2 hat sie nicht autorisiert, daher verwerfen Empfänger sie stillschweigend.</translation>
    </message>
    <message>
        <source>The owner of %1 (not you) must publish: %2</source>
        <translation>Der Inhaber von %1 (nicht Sie) muss Folgendes veröffentlichen: %2</translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain, which has authorised them.</source>
        <translation>Berichte gehen an %1, die Domain einer anderen Organisation, die sie autorisiert hat.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>ruf= asks for failure reports. Microsoft 365 and most large receivers never send them.</source>
        <translation>ruf= fordert Fehlerberichte an. Microsoft 365 und die meisten großen Empfänger senden sie nie.</translation>
    </message>
    <message>
        <source>Keep it if you want them from the few receivers that do; rely on rua= aggregate reports.</source>
        <translation>Behalten Sie es, wenn Sie sie von den wenigen Empfängern möchten, die welche senden; verlassen Sie sich auf die rua=-Sammelberichte.</translation>
    </message>
    <message>
        <source>fo= only affects failure reports, and the record asks for none (no ruf=).</source>
        <translation>fo= betrifft nur Fehlerberichte, und der Eintrag fordert keine an (kein ruf=).</translation>
    </message>
    <message>
        <source>Remove fo=, or add ruf= if you want failure reports.</source>
        <translation>Entfernen Sie fo=, oder fügen Sie ruf= hinzu, wenn Sie Fehlerberichte möchten.</translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it, so pct=%1 now means the policy applies to all mail.</source>
        <translation>„pct“ wurde mit RFC 9989 (Mai 2026) abgeschafft; aktuelle Empfänger ignorieren es, pct=%1 bedeutet jetzt also, dass die Richtlinie für alle Mails gilt.</translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it.</source>
        <translation>„pct“ wurde mit RFC 9989 (Mai 2026) abgeschafft; aktuelle Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>The spaces or tabs before the pasted record were removed before checking it. Published in DNS with them, the record would not start with v=DMARC1 and receivers would ignore it.</source>
        <translation>Die Leerzeichen oder Tabulatoren vor dem eingefügten Eintrag wurden vor der Prüfung entfernt. Mit ihnen im DNS veröffentlicht, begänne der Eintrag nicht mit v=DMARC1, und Empfänger würden ihn ignorieren.</translation>
    </message>
    <message>
        <source>Make sure the value in your DNS panel starts with v=DMARC1, with nothing before it.</source>
        <translation>Achten Sie darauf, dass der Wert in Ihrem DNS-Portal mit v=DMARC1 beginnt und nichts davor steht.</translation>
    </message>
    <message>
        <source>The record starts with a space or tab before &quot;v=DMARC1&quot;; receivers only accept a record that starts with v=DMARC1, so they ignore this one.</source>
        <translation>Der Eintrag beginnt mit einem Leerzeichen oder Tabulator vor „v=DMARC1“; Empfänger akzeptieren nur Einträge, die mit v=DMARC1 beginnen, und ignorieren diesen daher.</translation>
    </message>
</context>
<context>
    <name>DmarcReportSummary</name>
    <message>
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <source>probably spoofing</source>
        <translation>wahrscheinlich Spoofing</translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: probably spoofing</source>
        <translation>%L1 von %L2 bestehen nicht: wahrscheinlich Spoofing</translation>
    </message>
    <message>
        <source>forwarded without aligned DKIM</source>
        <translation>weitergeleitet ohne ausgerichtetes DKIM</translation>
    </message>
    <message>
        <source>no aligned DKIM</source>
        <translation>kein ausgerichtetes DKIM</translation>
    </message>
    <message>
        <source>neither DKIM nor SPF aligned</source>
        <translation>weder DKIM noch SPF ausgerichtet</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>besteht nicht: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: %3</source>
        <translation>%L1 von %L2 bestehen nicht: %3</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day(s) of reports → turn on DKIM for %2 (DKIM page).</source>
        <translation>
            <numerusform>Microsoft 365 hat in Berichten über %n Tag %L1 Mails als %2 ohne ausgerichtetes DKIM gesendet → DKIM für %2 einschalten (DKIM-Seite).</numerusform>
            <numerusform>Microsoft 365 hat in Berichten über %n Tage %L1 Mails als %2 ohne ausgerichtetes DKIM gesendet → DKIM für %2 einschalten (DKIM-Seite).</numerusform>
        </translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation>DKIM für die Domain in %1 einrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %L2 messages as %3 without aligned DKIM in %n day(s) of reports → %4, or move it to a subdomain of its own (for example news.%3).</source>
        <translation>
            <numerusform>%1 hat in Berichten über %n Tag %L2 Mails als %3 ohne ausgerichtetes DKIM gesendet → %4 oder den Dienst auf eine eigene Subdomain verlagern (zum Beispiel news.%3).</numerusform>
            <numerusform>%1 hat in Berichten über %n Tage %L2 Mails als %3 ohne ausgerichtetes DKIM gesendet → %4 oder den Dienst auf eine eigene Subdomain verlagern (zum Beispiel news.%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 forwarded messages as %2 failed: forwarding breaks SPF, and only a DKIM signature by %2 survives it → make sure every service that sends as %2 signs with aligned DKIM.</source>
        <translation>%L1 weitergeleitete Mails als %2 haben nicht bestanden: Weiterleitung bricht SPF, und nur eine DKIM-Signatur von %2 übersteht sie → sicherstellen, dass jeder Dienst, der als %2 sendet, mit ausgerichtetem DKIM signiert.</translation>
    </message>
    <message>
        <source>%L1 messages as %2 from servers your SPF or DKIM knows were not aligned → if these servers are yours, sign their mail with DKIM as %2 or give them a return path in %2.</source>
        <translation>%L1 Mails als %2 von Servern, die Ihr SPF oder DKIM kennt, waren nicht ausgerichtet → wenn diese Server Ihnen gehören, ihre Mails mit DKIM als %2 signieren oder ihnen einen Return-Path in %2 geben.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — quarantine will stop these. If one of them is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</source>
        <translation>
            <numerusform>%L1 Mails als %2 von %n Quelle, die durch nichts autorisiert ist: wahrscheinlich Spoofing — quarantine wird diese Mails stoppen. Falls es ein Server von Ihnen ist, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM, bevor Sie weitergehen.</numerusform>
            <numerusform>%L1 Mails als %2 von %n Quellen, die durch nichts autorisiert sind: wahrscheinlich Spoofing — quarantine wird diese Mails stoppen. Falls einer davon ein Server von Ihnen ist, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM, bevor Sie weitergehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spoofing — quarantine will stop these. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>Wahrscheinlich Spoofing — quarantine wird diese Mails stoppen. Falls dies ein Server von Ihnen ist, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing, which p=reject already has receivers refuse. If one of them is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>
            <numerusform>%L1 Nachrichten als %2 von %n Quelle, die nichts autorisiert: vermutlich Spoofing, das Empfänger wegen p=reject bereits abweisen. Ist es ein Server von Ihnen, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM.</numerusform>
            <numerusform>%L1 Nachrichten als %2 von %n Quellen, die nichts autorisiert: vermutlich Spoofing, das Empfänger wegen p=reject bereits abweisen. Ist einer davon ein Server von Ihnen, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spoofing, which p=reject already has receivers refuse. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>Vermutlich Spoofing, das Empfänger wegen p=reject bereits abweisen. Ist dies ein Server von Ihnen, nehmen Sie ihn in SPF auf oder signieren Sie seine Mails mit DKIM.</translation>
    </message>
</context>
<context>
    <name>DnsHostPanel</name>
    <message>
        <source>Choose TXT, CNAME or MX.</source>
        <translation>Wählen Sie TXT, CNAME oder MX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>A CNAME must point to a host name, not &quot;%1&quot;.</source>
        <translation>Ein CNAME muss auf einen Hostnamen zeigen, nicht auf „%1“.</translation>
    </message>
    <message>
        <source>Write an MX value as &quot;PRIORITY HOST&quot;, for example &quot;0 mail.example.com&quot;.</source>
        <translation>Schreiben Sie einen MX-Wert als „PRIORITÄT HOST“, zum Beispiel „0 mail.example.com“.</translation>
    </message>
    <message>
        <source>%1 already has a %2 record; delete it first.</source>
        <translation>%1 hat bereits einen %2-Eintrag; löschen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The host field already ended in the domain name, and the panel appended it again.</source>
        <translation>Das Feld „Host“ endete bereits auf den Domainnamen, und das Panel hat ihn noch einmal angehängt.</translation>
    </message>
    <message>
        <source>A DKIM target was saved as a TXT record; it must be a CNAME.</source>
        <translation>Ein DKIM-Ziel wurde als TXT-Eintrag gespeichert; es muss ein CNAME sein.</translation>
    </message>
    <message>
        <source>This panel stores typed quotes as part of the text, so the record no longer starts with &quot;v=&quot;.</source>
        <translation>Dieses Panel speichert eingegebene Anführungszeichen als Teil des Textes, daher beginnt der Eintrag nicht mehr mit „v=“.</translation>
    </message>
    <message>
        <source>DMARC tags must be separated by semicolons (;).</source>
        <translation>DMARC-Tags müssen durch Semikolons (;) getrennt sein.</translation>
    </message>
</context>
<context>
    <name>DnsRecordSpec</name>
    <message>
        <source>&quot;%1&quot; is not a DNS zone name.</source>
        <translation>„%1“ ist kein DNS-Zonenname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS record name.</source>
        <translation>„%1“ ist kein DNS-Eintragsname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name that a %2 record can point to.</source>
        <translation>„%1“ ist kein Hostname, auf den ein %2-Eintrag zeigen kann.</translation>
    </message>
    <message>
        <source>The value of the %1 record at %2 holds a line break or control character.</source>
        <translation>Der Wert des %1-Eintrags bei %2 enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The %1 record at %2 cannot replace an existing value; only TXT and CNAME records and a null MX can.</source>
        <translation>Der %1-Eintrag bei %2 kann keinen vorhandenen Wert ersetzen; das können nur TXT- und CNAME-Einträge und ein Null-MX.</translation>
    </message>
</context>
<context>
    <name>DnsServerAddress</name>
    <message>
        <source>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address.</source>
        <translation>„%1“: Nach der IPv6-Adresse fehlt „]“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form [address]:port.</source>
        <translation>„%1“ hat nicht die Form [Adresse]:Port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (write 192.0.2.53, 192.0.2.53:5300 or [2001:db8::53]:5300).</source>
        <translation>„%1“ ist keine IP-Adresse (schreiben Sie 192.0.2.53, 192.0.2.53:5300 oder [2001:db8::53]:5300).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message>
        <source>Check again in a few minutes; if it persists, the zone&apos;s DNS servers or its DNSSEC signatures have a problem.</source>
        <translation>Prüfen Sie in einigen Minuten erneut; bleibt es so, haben die DNS-Server der Zone oder ihre DNSSEC-Signaturen ein Problem.</translation>
    </message>
    <message>
        <source>Check your network connection and try again; if only this domain times out, its DNS servers are unreachable.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut; läuft nur bei dieser Domain die Zeit ab, sind ihre DNS-Server nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server is not authoritative for this zone or does not answer you; check the resolver settings.</source>
        <translation>Der Server ist für diese Zone nicht zuständig oder antwortet Ihnen nicht; prüfen Sie die Resolver-Einstellungen.</translation>
    </message>
    <message>
        <source>Check the network connection and the DNS server settings.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die DNS-Server-Einstellungen.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS.</source>
        <translation>Die Domain %1 existiert im DNS nicht.</translation>
    </message>
    <message>
        <source>Check the spelling; a newly registered domain can take a few hours to appear.</source>
        <translation>Prüfen Sie die Schreibweise; eine neu registrierte Domain kann einige Stunden brauchen, bis sie erscheint.</translation>
    </message>
    <message>
        <source>%1 has no MX record, so it receives no mail.</source>
        <translation>%1 hat keinen MX-Eintrag und empfängt daher keine Mails.</translation>
    </message>
    <message>
        <source>If the domain should receive mail through Microsoft 365, publish the MX record shown in the Microsoft 365 admin center (Settings &gt; Domains).</source>
        <translation>Soll die Domain Mails über Microsoft 365 empfangen, veröffentlichen Sie den MX-Eintrag, den das Microsoft 365 Admin Center anzeigt (Einstellungen &gt; Domänen).</translation>
    </message>
    <message>
        <source>The MX record points to %1, not to Microsoft 365. Microsoft then sends no DMARC aggregate reports for this domain, and a gateway in front must be listed in SPF.</source>
        <translation>Der MX-Eintrag zeigt auf %1, nicht auf Microsoft 365. Microsoft sendet dann keine DMARC-Sammelberichte für diese Domain, und ein vorgeschaltetes Gateway muss in SPF stehen.</translation>
    </message>
    <message>
        <source>If mail should arrive directly in Microsoft 365, use the MX value from the admin center; otherwise make sure the gateway&apos;s senders are in SPF and enable Enhanced Filtering for Connectors.</source>
        <translation>Sollen Mails direkt in Microsoft 365 ankommen, verwenden Sie den MX-Wert aus dem Admin Center; andernfalls stellen Sie sicher, dass die Absender des Gateways in SPF stehen, und aktivieren Sie „Enhanced Filtering for Connectors“.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so any server can claim to send its mail.</source>
        <translation>%1 hat keinen SPF-Eintrag, daher kann jeder Server behaupten, ihre Mails zu senden.</translation>
    </message>
    <message>
        <source>Publish a TXT record at the domain: v=spf1 include:spf.protection.outlook.com -all (add your other senders before -all).</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag an der Domain: v=spf1 include:spf.protection.outlook.com -all (weitere Absender vor -all einfügen).</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then ignore all of them.</source>
        <translation>%1 hat %2 DMARC-Einträge; Empfänger ignorieren dann alle.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %1.</source>
        <translation>Behalten Sie unter %1 genau einen TXT-Eintrag, der mit v=DMARC1 beginnt.</translation>
    </message>
    <message>
        <source>A DMARC record was published at %1, without the underscore; receivers only look at %2.</source>
        <translation>Ein DMARC-Eintrag wurde unter %1 veröffentlicht, ohne Unterstrich; Empfänger sehen nur unter %2 nach.</translation>
    </message>
    <message>
        <source>Create the record with the host name _dmarc (with the underscore) and delete the one at dmarc.</source>
        <translation>Legen Sie den Eintrag mit dem Hostnamen _dmarc (mit Unterstrich) an und löschen Sie den unter dmarc.</translation>
    </message>
    <message>
        <source>No DMARC policy applies to %1, so receivers do nothing special with mail that fails SPF and DKIM.</source>
        <translation>Für %1 gilt keine DMARC-Richtlinie, daher behandeln Empfänger Mails, die SPF und DKIM nicht bestehen, nicht besonders.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1: v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 and tighten it in stages.</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter %1: v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 und verschärfen Sie ihn schrittweise.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies to it.</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag; für sie gilt der Eintrag von %2.</translation>
    </message>
    <message>
        <source>Nothing to do if %1&apos;s policy suits this domain; publish _dmarc.%2 to give it its own.</source>
        <translation>Nichts zu tun, wenn die Richtlinie von %1 zu dieser Domain passt; veröffentlichen Sie _dmarc.%2, um ihr eine eigene zu geben.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is not a Microsoft 365 DKIM target.</source>
        <translation>%1 zeigt auf %2, das kein DKIM-Ziel von Microsoft 365 ist.</translation>
    </message>
    <message>
        <source>Fine if another service signs with this selector; for Microsoft 365 use the exact Selector CNAME values from Get-DkimSigningConfig.</source>
        <translation>In Ordnung, wenn ein anderer Dienst mit diesem Selektor signiert; für Microsoft 365 verwenden Sie genau die Selector-CNAME-Werte aus Get-DkimSigningConfig.</translation>
    </message>
    <message>
        <source>%1 is a TXT record; Microsoft 365 needs a CNAME there pointing to its own key, which it rotates.</source>
        <translation>%1 ist ein TXT-Eintrag; Microsoft 365 braucht dort einen CNAME, der auf seinen eigenen, regelmäßig erneuerten Schlüssel zeigt.</translation>
    </message>
    <message>
        <source>Delete the TXT record and create a CNAME with host %1._domainkey pointing to the Selector%2CNAME value from Get-DkimSigningConfig.</source>
        <translation>Löschen Sie den TXT-Eintrag und legen Sie einen CNAME mit dem Host %1._domainkey an, der auf den Selector%2CNAME-Wert aus Get-DkimSigningConfig zeigt.</translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there yet. That is normal until DKIM signing is enabled for the domain in Microsoft 365.</source>
        <translation>%1 zeigt auf %2, dort ist aber noch kein Schlüssel veröffentlicht. Das ist normal, bis die DKIM-Signatur für die Domain in Microsoft 365 aktiviert ist.</translation>
    </message>
    <message>
        <source>Enable signing (Set-DkimSigningConfig -Identity %1 -Enabled $true); Microsoft then publishes the key. If signing is already on, wait a few hours and check again.</source>
        <translation>Aktivieren Sie die Signatur (Set-DkimSigningConfig -Identity %1 -Enabled $true); Microsoft veröffentlicht dann den Schlüssel. Ist die Signatur schon aktiv, warten Sie einige Stunden und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The selector CNAME was created as %1: the DNS panel added the zone name a second time.</source>
        <translation>Der Selektor-CNAME wurde als %1 angelegt: Das DNS-Portal hat den Zonennamen ein zweites Mal angehängt.</translation>
    </message>
    <message>
        <source>Edit the record and enter only &quot;%1._domainkey&quot; as the host name.</source>
        <translation>Bearbeiten Sie den Eintrag und geben Sie als Hostnamen nur „%1._domainkey“ ein.</translation>
    </message>
    <message>
        <source>There is no DKIM record at %1.</source>
        <translation>Unter %1 gibt es keinen DKIM-Eintrag.</translation>
    </message>
    <message>
        <source>Publish the CNAME %1._domainkey with the Selector%2CNAME value from Get-DkimSigningConfig (the DKIM page of the wizard shows it).</source>
        <translation>Veröffentlichen Sie den CNAME %1._domainkey mit dem Selector%2CNAME-Wert aus Get-DkimSigningConfig (die DKIM-Seite des Assistenten zeigt ihn).</translation>
    </message>
    <message>
        <source>Server asked: %1.</source>
        <translation>Gefragter Server: %1.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1 (SERVFAIL). This says nothing about whether the record exists.</source>
        <translation>Der DNS-Server konnte für %1 nicht antworten (SERVFAIL). Das sagt nichts darüber, ob der Eintrag existiert.</translation>
    </message>
    <message>
        <source>No answer for %1 in time. This says nothing about whether the record exists.</source>
        <translation>Keine rechtzeitige Antwort für %1. Das sagt nichts darüber, ob der Eintrag existiert.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for %1.</source>
        <translation>Der DNS-Server hat die Antwort für %1 verweigert.</translation>
    </message>
    <message>
        <source>The question for %1 could not be asked (%2).</source>
        <translation>Die Frage nach %1 konnte nicht gestellt werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more question(s) failed the same way.</source>
        <translation>
            <numerusform>%n weitere Frage schlug ebenso fehl.</numerusform>
            <numerusform>%n weitere Fragen schlugen ebenso fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS server answered the question for %1 with the response code %2, which is an error. This says nothing about whether the record exists.</source>
        <translation>Der DNS-Server hat die Anfrage für %1 mit dem Antwortcode %2 beantwortet, also mit einem Fehler. Das sagt nichts darüber, ob der Eintrag existiert.</translation>
    </message>
    <message>
        <source>Check again later; if it persists, the zone&apos;s DNS servers are misconfigured (for example a server that is not authoritative for the zone).</source>
        <translation>Prüfen Sie später erneut; bleibt der Fehler, sind die DNS-Server der Zone falsch eingerichtet (zum Beispiel ein Server, der für die Zone nicht autoritativ ist).</translation>
    </message>
    <message>
        <source>%1 has a null MX record (0 .): it declares that it accepts no mail at all, so replies and bounces to its senders are lost.</source>
        <translation>%1 hat einen Null-MX-Eintrag (0 .): Die Domain erklärt, gar keine Mail anzunehmen, daher gehen Antworten und Unzustellbarkeitsberichte an ihre Absender verloren.</translation>
    </message>
    <message>
        <source>If the domain sends mail, replace the null MX with the MX value from the Microsoft 365 admin center; if it sends none, mark it as parked.</source>
        <translation>Wenn die Domain Mail sendet, ersetzen Sie den Null-MX durch den MX-Wert aus dem Microsoft 365 Admin Center; wenn sie keine sendet, markieren Sie sie als geparkt.</translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at the domain: v=spf1 -all</source>
        <translation>Die Domain sendet keine Mail: Veröffentlichen Sie einen TXT-Eintrag an der Domain: v=spf1 -all</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its SPF record is %2 instead of v=spf1 -all.</source>
        <translation>%1 ist geparkt (sendet keine Mail), aber ihr SPF-Eintrag lautet %2 statt v=spf1 -all.</translation>
    </message>
    <message>
        <source>If the domain really sends no mail, replace the record with: v=spf1 -all</source>
        <translation>Wenn die Domain wirklich keine Mail sendet, ersetzen Sie den Eintrag durch: v=spf1 -all</translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at %1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation>Die Domain sendet keine Mail: Veröffentlichen Sie einen TXT-Eintrag bei %1: v=DMARC1; p=reject; mit einer Berichtsadresse in einer Domain, die Mail empfängt.</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its DMARC policy is %2 instead of reject.</source>
        <translation>%1 ist geparkt (sendet keine Mail), aber ihre DMARC-Richtlinie ist %2 statt reject.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Publish at _dmarc.%1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation>Veröffentlichen Sie bei _dmarc.%1: v=DMARC1; p=reject; mit einer Berichtsadresse in einer Domain, die Mail empfängt.</translation>
    </message>
    <message>
        <source>%1 is parked but has no null MX record, so senders retry mail to it for days instead of learning at once that it accepts none.</source>
        <translation>%1 ist geparkt, hat aber keinen Null-MX-Eintrag: Absender versuchen tagelang, Mail dorthin zuzustellen, statt sofort zu erfahren, dass sie keine annimmt.</translation>
    </message>
    <message>
        <source>Publish an MX record with priority 0 and the host &quot;.&quot; (a single dot; RFC 7505).</source>
        <translation>Veröffentlichen Sie einen MX-Eintrag mit Priorität 0 und dem Host &quot;.&quot; (ein einzelner Punkt; RFC 7505).</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its MX record points to %2, so it still receives mail.</source>
        <translation>%1 ist geparkt (sendet keine Mail), aber ihr MX-Eintrag zeigt auf %2, sie empfängt also noch Mail.</translation>
    </message>
    <message>
        <source>If no mailbox uses the domain, replace the MX record with a null MX: priority 0, host &quot;.&quot; (RFC 7505).</source>
        <translation>Wenn kein Postfach die Domain verwendet, ersetzen Sie den MX-Eintrag durch einen Null-MX: Priorität 0, Host &quot;.&quot; (RFC 7505).</translation>
    </message>
    <message>
        <source>Microsoft 365 upgrades one selector per rotation: run Rotate-DkimSigningConfig -Identity %1 -KeySize 2048, wait four days (96 hours) until the new key signs, then run it again for the other selector. The wizard&apos;s DKIM page keeps the dates.</source>
        <translation>Microsoft 365 stellt pro Rotation einen Selektor um: Führen Sie Rotate-DkimSigningConfig -Identity %1 -KeySize 2048 aus, warten Sie vier Tage (96 Stunden), bis der neue Schlüssel signiert, und führen Sie den Befehl dann erneut für den anderen Selektor aus. Die DKIM-Seite des Assistenten hält die Termine fest.</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>Enter a domain name, for example contoso.com.</source>
        <translation>Geben Sie einen Domainnamen ein, zum Beispiel contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an e-mail address; enter only the part after the @.</source>
        <translation>„%1“ sieht wie eine E-Mail-Adresse aus; geben Sie nur den Teil nach dem @ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a web address; enter only the domain, for example contoso.com.</source>
        <translation>„%1“ sieht wie eine Webadresse aus; geben Sie nur die Domain ein, zum Beispiel contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation>„%1“ ist kein gültiger Domainname: Jeder Teil zwischen den Punkten muss aus 1 bis 63 Buchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no dot; enter the full domain, for example contoso.com.</source>
        <translation>„%1“ enthält keinen Punkt; geben Sie die vollständige Domain ein, zum Beispiel contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which a domain name cannot hold.</source>
        <translation>„%1“ enthält „%2“, das in einem Domainnamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>„%1“ hat einen Teil, der mit einem Bindestrich beginnt oder endet.</translation>
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
        <translation>Schreibt die Exporte eines Projekts: das DKIM-PowerShell-Paket, die DNS-Einträge für einen DNS-Anbieter, den Übergabebericht (HTML oder PDF) oder die Prüfungen als JSON.</translation>
    </message>
    <message>
        <source>The project file (.mailauth).</source>
        <translation>Die Projektdatei (.mailauth).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>Write to PATH (default: standard output).</source>
        <translation>Nach PFAD schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Usage: mailauth generate --project FILE --format %1 [-o PATH]</source>
        <translation>Aufruf: mailauth generate --project DATEI --format %1 [-o PFAD]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>Refusing to write the export over the project file itself (%1); choose another -o.</source>
        <translation>Der Export wird nicht über die Projektdatei selbst geschrieben (%1); wählen Sie ein anderes -o.</translation>
    </message>
    <message>
        <source>The Azure resource group that holds the DNS zones, for --format azure (default: the project&apos;s).</source>
        <translation>Die Azure-Ressourcengruppe mit den DNS-Zonen, für --format azure (Standard: die des Projekts).</translation>
    </message>
    <message>
        <source>--azure-resource-group: %1</source>
        <translation>--azure-resource-group: %1</translation>
    </message>
    <message>
        <source>The project names no Azure resource group: pass --azure-resource-group NAME (the resource group that holds the DNS zones), or enter it on the wizard&apos;s tenant page.</source>
        <translation>Das Projekt nennt keine Azure-Ressourcengruppe: Geben Sie --azure-resource-group NAME an (die Ressourcengruppe mit den DNS-Zonen) oder tragen Sie sie auf der Mandantenseite des Assistenten ein.</translation>
    </message>
</context>
<context>
    <name>GzipContainer</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the gzip data cannot be read: %1</source>
        <translation>die gzip-Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a gzip bomb, or far bigger than any report); not read</source>
        <translation>nach dem Entpacken größer als %1 (eine gzip-Bombe oder weit größer als jeder Bericht); nicht gelesen</translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
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
        <translation>DKIM-Signieren eingeschaltet</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>No audit recorded.</source>
        <translation>Keine Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Prüfung vom %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Mail authentication hand-over: %1</source>
        <translation>Übergabe E-Mail-Authentifizierung: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Erstellt von: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant: %1 (%2)</source>
        <translation>Microsoft-365-Mandant: %1 (%2)</translation>
    </message>
    <message>
        <source>DNS hosted at: %1</source>
        <translation>DNS gehostet bei: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>not needed (parked)</source>
        <translation>nicht nötig (geparkt)</translation>
    </message>
    <message>
        <source>signing on</source>
        <translation>Signieren an</translation>
    </message>
    <message>
        <source>(parked)</source>
        <translation>(geparkt)</translation>
    </message>
    <message>
        <source>In DNS: %1</source>
        <translation>Im DNS: %1</translation>
    </message>
    <message>
        <source>Records published</source>
        <translation>Veröffentlichte Einträge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Nothing confirmed yet.</source>
        <translation>Noch nichts bestätigt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Date: %1 (%2).</source>
        <translation>Datum: %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing left: keep an eye on the DMARC reports.</source>
        <translation>Nichts mehr offen: Behalten Sie die DMARC-Berichte im Blick.</translation>
    </message>
    <message>
        <source>Mail authentication hand-over</source>
        <translation>Übergabe E-Mail-Authentifizierung</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>already published</source>
        <translation>bereits veröffentlicht</translation>
    </message>
    <message>
        <source>DKIM test message</source>
        <translation>DKIM-Testnachricht</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
</context>
<context>
    <name>HandoverReportsSection</name>
    <message>
        <source>Forwarders and mailing lists</source>
        <translation>Weiterleitungen und Mailinglisten</translation>
    </message>
    <message>
        <source>Servers your SPF or DKIM allows</source>
        <translation>Server, die Ihr SPF oder DKIM zulässt</translation>
    </message>
    <message>
        <source>Unknown sources</source>
        <translation>Unbekannte Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>no dated reports</source>
        <translation>keine datierten Berichte</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Messages: %1, of which %2 pass DMARC.</source>
        <translation>Mails: %1, davon bestehen %2 DMARC.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message numerus="yes">
        <source>Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 messages from %n address(es).</source>
        <translation>
            <numerusform>Legitime Mails, die DMARC bestehen: %1 (%2 von %3 Mails); unbekannte Quellen: %4 Mails von %n Adresse.</numerusform>
            <numerusform>Legitime Mails, die DMARC bestehen: %1 (%2 von %3 Mails); unbekannte Quellen: %4 Mails von %n Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sender in the reports passes DMARC.</source>
        <translation>Jeder Absender in den Berichten besteht DMARC.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mails</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>What the reports show</source>
        <translation>Was die Berichte zeigen</translation>
    </message>
    <message>
        <source>From the DMARC aggregate reports read into this project: what receivers saw of mail sent as each domain, and what must be fixed before the next stage.</source>
        <translation>Aus den in dieses Projekt eingelesenen DMARC-Sammelberichten: was Empfänger von den im Namen jeder Domain gesendeten Mails gesehen haben und was vor der nächsten Stufe behoben werden muss.</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>%1 s (clocks disagree)</source>
        <translation>%1 s (Uhren weichen ab)</translation>
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
        <translation>Der öffentliche PEM-Schlüssel ist weder RSA noch Ed25519.</translation>
    </message>
    <message>
        <source>The quotes in the key file do not match.</source>
        <translation>Die Anführungszeichen in der Schlüsseldatei passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The key file holds no DKIM key record (v=DKIM1; k=rsa; p=...) and no PEM public key.</source>
        <translation>Die Schlüsseldatei enthält keinen DKIM-Schlüsseleintrag (v=DKIM1; k=rsa; p=...) und keinen öffentlichen PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Reads a received message (.eml, or the headers pasted from Outlook, OWA or Gmail&apos;s &quot;Show original&quot;) and tells whether DKIM signing works for the sender&apos;s domain: every DKIM signature verified (key from DNS or --key-file), its alignment with the From domain, what the receiver saw (SPF, DKIM, DMARC, Microsoft&apos;s compauth and anti-spam stamps) and the route with the delay at each hop.
Exit status: 0 = an aligned DKIM signature passes, 1 = not, 2 = the command could not run.</source>
        <translation>Liest eine empfangene Nachricht (.eml oder die aus Outlook, OWA oder Gmails „Original anzeigen“ eingefügten Header) und zeigt, ob das DKIM-Signieren für die Domain des Absenders funktioniert: jede DKIM-Signatur geprüft (Schlüssel aus dem DNS oder aus --key-file), ihre Ausrichtung an der From-Domain, was der Empfänger gesehen hat (SPF, DKIM, DMARC, Microsofts compauth- und Antispam-Stempel) und der Weg mit der Verzögerung bei jedem Hop.
Exit-Status: 0 = eine ausgerichtete DKIM-Signatur besteht, 1 = keine, 2 = der Befehl konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The message or headers, or - for standard input.</source>
        <translation>Die Nachricht oder die Header, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Verify with this key instead of DNS (offline): a DKIM key record or a PEM public key.</source>
        <translation>Mit diesem Schlüssel statt über DNS prüfen (offline): ein DKIM-Schlüsseleintrag oder ein öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Usage: mailauth headers FILE|- [--resolver IP[:PORT]]... [--key-file F] [--json]</source>
        <translation>Aufruf: mailauth headers DATEI|- [--resolver IP[:PORT]]... [--key-file F] [--json]</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--key-file: %1</source>
        <translation>--key-file: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>From-Domain: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Only the header was given: body hashes cannot be checked.</source>
        <translation>Nur der Header wurde angegeben: Body-Hashes lassen sich nicht prüfen.</translation>
    </message>
    <message>
        <source>DKIM signatures (%1):</source>
        <translation>DKIM-Signaturen (%1):</translation>
    </message>
    <message>
        <source>d=%1 s=%2 a=%3 c=%4: %5, %6</source>
        <translation>d=%1 s=%2 a=%3 c=%4: %5, %6</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>, %1-bit key</source>
        <translation>, %1-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>key: %1 → CNAME %2</source>
        <translation>Schlüssel: %1 → CNAME %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>What the receiver saw (%1):</source>
        <translation>Was der Empfänger gesehen hat (%1):</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>keine authserv-id</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>reason %1: %2</source>
        <translation>Grund %1: %2</translation>
    </message>
    <message>
        <source>Authentication-Results, top first:</source>
        <translation>Authentication-Results, oberstes zuerst:</translation>
    </message>
    <message>
        <source>Microsoft anti-spam stamps:</source>
        <translation>Antispam-Stempel von Microsoft:</translation>
    </message>
    <message>
        <source>Route, first hop first:</source>
        <translation>Weg, erster Hop zuerst:</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Checks one SPF, DMARC or DKIM key record without asking DNS, and says what is wrong and how to fix it.
The record may be given as plain text or as zone-file quoted strings (&quot;part 1&quot; &quot;part 2&quot;).</source>
        <translation>Prüft einen SPF-, DMARC- oder DKIM-Schlüsseleintrag ohne DNS-Abfrage und sagt, was falsch ist und wie es sich beheben lässt.
Der Eintrag kann als einfacher Text oder als Zonendatei-Zeichenketten in Anführungszeichen („Teil 1“ „Teil 2“) angegeben werden.</translation>
    </message>
    <message>
        <source>spf, dmarc or dkim</source>
        <translation>spf, dmarc oder dkim</translation>
    </message>
    <message>
        <source>The record text; quote it for the shell.</source>
        <translation>Der Text des Eintrags; für die Shell in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>For DMARC: the domain the record is published for (enables the subdomain and third-party report checks).</source>
        <translation>Für DMARC: die Domain, für die der Eintrag veröffentlicht ist (aktiviert die Prüfungen für Subdomains und Berichte an Dritte).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Usage: mailauth lint spf|dmarc|dkim &quot;&lt;record text&gt;&quot; [--domain DOMAIN] [--json]</source>
        <translation>Aufruf: mailauth lint spf|dmarc|dkim &quot;&lt;Eintrag&gt;&quot; [--domain DOMAIN] [--json]</translation>
    </message>
    <message>
        <source>Unknown record kind &quot;%1&quot;; use spf, dmarc or dkim.</source>
        <translation>Unbekannte Eintragsart „%1“; verwenden Sie spf, dmarc oder dkim.</translation>
    </message>
    <message>
        <source>The quoted strings are not balanced: every string must start and end with &quot;.</source>
        <translation>Die Anführungszeichen sind nicht ausgeglichen: Jede Zeichenkette muss mit &quot; beginnen und enden.</translation>
    </message>
    <message>
        <source>SPF record: valid</source>
        <translation>SPF-Eintrag: gültig</translation>
    </message>
    <message>
        <source>SPF record: NOT valid (receivers return permerror)</source>
        <translation>SPF-Eintrag: NICHT gültig (Empfänger melden permerror)</translation>
    </message>
    <message>
        <source>DNS lookups in this record itself: %1 of 10 (includes are not followed offline; use the wizard or &quot;mailauth check&quot; for the full count).</source>
        <translation>DNS-Abfragen in diesem Eintrag selbst: %1 von 10 (Includes werden offline nicht verfolgt; die vollständige Zählung liefern der Assistent oder „mailauth check“).</translation>
    </message>
    <message>
        <source>DMARC record: valid</source>
        <translation>DMARC-Eintrag: gültig</translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (receivers ignore it)</source>
        <translation>DMARC-Eintrag: NICHT gültig (Empfänger ignorieren ihn)</translation>
    </message>
    <message>
        <source>Policy receivers apply: %1</source>
        <translation>Von Empfängern angewandte Richtlinie: %1</translation>
    </message>
    <message>
        <source>DKIM key record: valid</source>
        <translation>DKIM-Schlüsseleintrag: gültig</translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (verifiers cannot use it)</source>
        <translation>DKIM-Schlüsseleintrag: NICHT gültig (Prüfer können ihn nicht verwenden)</translation>
    </message>
    <message>
        <source>Key: %1, %2 bits (%3)</source>
        <translation>Schlüssel: %1, %2 Bit (%3)</translation>
    </message>
    <message>
        <source>SPF record: NOT valid (see the errors below)</source>
        <translation>SPF-Eintrag: NICHT gültig (siehe die Fehler unten)</translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (see the errors below)</source>
        <translation>DMARC-Eintrag: NICHT gültig (siehe die Fehler unten)</translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (see the errors below)</source>
        <translation>DKIM-Schlüsseleintrag: NICHT gültig (siehe die Fehler unten)</translation>
    </message>
</context>
<context>
    <name>MailContainer</name>
    <message>
        <source>attached mail %1</source>
        <translation>angehängte Mail %1</translation>
    </message>
    <message>
        <source>attachment %1 (%2)</source>
        <translation>Anhang %1 (%2)</translation>
    </message>
    <message>
        <source>the mail&apos;s parts are nested too deeply (a way to crash mail readers); not read</source>
        <translation>die Teile der Mail sind zu tief verschachtelt (ein Weg, Mailprogramme abstürzen zu lassen); nicht gelesen</translation>
    </message>
    <message>
        <source>not a readable mail</source>
        <translation>keine lesbare Mail</translation>
    </message>
    <message>
        <source>the mail has no report attached (no zip, gzip or XML attachment)</source>
        <translation>an der Mail hängt kein Bericht (kein zip-, gzip- oder XML-Anhang)</translation>
    </message>
    <message>
        <source>mail %1</source>
        <translation>Mail %1</translation>
    </message>
    <message>
        <source>no mail found in the mbox file</source>
        <translation>keine Mail in der mbox-Datei gefunden</translation>
    </message>
</context>
<context>
    <name>MessageAnalysis</name>
    <message>
        <source>%1 (%2, %3-bit %4)</source>
        <translation>%1 (%2, %3-Bit-%4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From names %1 mailboxes; DMARC needs exactly one, so receivers may reject the message.</source>
        <translation>From nennt %1 Postfächer; DMARC verlangt genau eines, daher können Empfänger die Nachricht abweisen.</translation>
    </message>
    <message>
        <source>the From domain</source>
        <translation>die From-Domain</translation>
    </message>
    <message>
        <source>Signed by %1 and aligned — DKIM for this domain works.</source>
        <translation>Von %1 signiert und ausgerichtet — DKIM funktioniert für diese Domain.</translation>
    </message>
    <message>
        <source>The signature uses l= (a body length limit): ask the signer to sign the whole body.</source>
        <translation>Die Signatur verwendet l= (eine Begrenzung der Body-Länge): Bitten Sie den Signierenden, den ganzen Body zu signieren.</translation>
    </message>
    <message>
        <source>Still fetching keys and DMARC records from DNS…</source>
        <translation>Schlüssel und DMARC-Einträge werden noch aus dem DNS abgerufen …</translation>
    </message>
    <message>
        <source>Signed by %1 and aligned; the signature over the header fields verifies. The body was not given, so the body hash is unchecked.</source>
        <translation>Von %1 signiert und ausgerichtet; die Signatur über die Headerfelder ist gültig. Der Body wurde nicht angegeben, daher ist der Body-Hash ungeprüft.</translation>
    </message>
    <message>
        <source>To be sure, save the whole message (.eml, or Gmail&apos;s &quot;Download original&quot;) and check that file.</source>
        <translation>Um sicherzugehen, speichern Sie die ganze Nachricht (.eml oder Gmails „Original herunterladen“) und prüfen Sie diese Datei.</translation>
    </message>
    <message>
        <source>The signature by %1 does not pass (%2): %3</source>
        <translation>Die Signatur von %1 besteht nicht (%2): %3</translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here.</source>
        <translation>Von %1 signiert (ausgerichtet), aber allein mit dem Header lässt sich die Signatur hier nicht bestätigen.</translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here; the receiver, which had the whole message, says dkim=%2 for %3.</source>
        <translation>Von %1 signiert (ausgerichtet), aber allein mit dem Header lässt sich die Signatur hier nicht bestätigen; der Empfänger, der die ganze Nachricht hatte, meldet dkim=%2 für %3.</translation>
    </message>
    <message>
        <source>DNS did not answer for %1: check again in a few minutes.</source>
        <translation>DNS hat für %1 nicht geantwortet: Prüfen Sie in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Publish the selector CNAMEs for %1 (step 3 of the DKIM page) and wait until they are visible everywhere.</source>
        <translation>Veröffentlichen Sie die Selektor-CNAMEs für %1 (Schritt 3 der DKIM-Seite) und warten Sie, bis sie überall sichtbar sind.</translation>
    </message>
    <message>
        <source>Something changed the body after signing: a disclaimer or footer added by a mail flow rule or gateway after Microsoft 365 signed, or a security appliance that rewrites links. Add such content before signing, or sign after it.</source>
        <translation>Etwas hat den Body nach dem Signieren geändert: ein Disclaimer oder eine Fußzeile, die eine Nachrichtenflussregel oder ein Gateway nach der Signatur durch Microsoft 365 hinzugefügt hat, oder ein Sicherheitsgerät, das Links umschreibt. Fügen Sie solche Inhalte vor dem Signieren hinzu oder signieren Sie danach.</translation>
    </message>
    <message>
        <source>Check the whole message (.eml) rather than pasted headers.</source>
        <translation>Prüfen Sie die ganze Nachricht (.eml) statt eingefügter Header.</translation>
    </message>
    <message>
        <source>Send a new test message to an outside mailbox and check it again; if it still fails, rotate the key (Rotate-DkimSigningConfig) and check the CNAMEs.</source>
        <translation>Senden Sie eine neue Testnachricht an ein externes Postfach und prüfen Sie sie erneut; schlägt sie weiterhin fehl, erneuern Sie den Schlüssel (Rotate-DkimSigningConfig) und prüfen Sie die CNAMEs.</translation>
    </message>
    <message>
        <source>Signed only by %1: custom-domain signing is not on yet (step 4 of the DKIM page).</source>
        <translation>Nur von %1 signiert: Das Signieren mit der eigenen Domain ist noch nicht eingeschaltet (Schritt 4 der DKIM-Seite).</translation>
    </message>
    <message>
        <source>Publish the two selector CNAMEs for %1, then enable signing: Set-DkimSigningConfig -Identity %1 -Enabled $true.</source>
        <translation>Veröffentlichen Sie die beiden Selektor-CNAMEs für %1 und schalten Sie dann das Signieren ein: Set-DkimSigningConfig -Identity %1 -Enabled $true.</translation>
    </message>
    <message>
        <source>Signed only by %1, which is not aligned with %2: DMARC cannot count this signature.</source>
        <translation>Nur von %1 signiert, das nicht an %2 ausgerichtet ist: DMARC kann diese Signatur nicht werten.</translation>
    </message>
    <message>
        <source>Have the service that sent this message sign with %1 (its own DKIM setup for your domain), or send through Microsoft 365.</source>
        <translation>Lassen Sie den Dienst, der diese Nachricht gesendet hat, mit %1 signieren (seine eigene DKIM-Einrichtung für Ihre Domain), oder senden Sie über Microsoft 365.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature.</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur.</translation>
    </message>
    <message>
        <source>Check a message as the recipient got it (not the copy in Sent Items, which is kept before signing): send a test to an outside mailbox and read its headers there.</source>
        <translation>Prüfen Sie eine Nachricht so, wie der Empfänger sie erhalten hat (nicht die Kopie in „Gesendete Elemente“, die vor dem Signieren abgelegt wird): Senden Sie einen Test an ein externes Postfach und lesen Sie dort die Header.</translation>
    </message>
    <message>
        <source>No signature passes: %1 (%2).</source>
        <translation>Keine Signatur besteht: %1 (%2).</translation>
    </message>
    <message>
        <source>Check a message as the recipient got it, as a whole .eml file.</source>
        <translation>Prüfen Sie eine Nachricht so, wie der Empfänger sie erhalten hat, als ganze .eml-Datei.</translation>
    </message>
    <message>
        <source>Alignment was judged with the public suffix list (DNS was not asked or did not answer).</source>
        <translation>Die Ausrichtung wurde anhand der Public Suffix List beurteilt (DNS wurde nicht gefragt oder hat nicht geantwortet).</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <source>This copy has no DKIM-Signature field, so the signature cannot be checked here. The receiver (%1), which had the whole message, says dkim=pass for %2, aligned with %3: DKIM for this domain works as the receiver saw it.</source>
        <translation>Diese Kopie hat kein DKIM-Signature-Feld, daher kann die Signatur hier nicht geprüft werden. Der Empfänger (%1), der die ganze Nachricht hatte, meldet dkim=pass für %2, ausgerichtet an %3: Aus Sicht des Empfängers funktioniert DKIM für diese Domain.</translation>
    </message>
    <message>
        <source>To check the signature here as well, paste the complete header, including the DKIM-Signature field (Gmail: Show original &gt; Download original; Outlook: View &gt; View message source).</source>
        <translation>Um die Signatur auch hier zu prüfen, fügen Sie den vollständigen Header ein, einschließlich des DKIM-Signature-Felds (Gmail: Original anzeigen &gt; Original herunterladen; Outlook: Ansicht &gt; Nachrichtenquelle anzeigen).</translation>
    </message>
    <message>
        <source>Signed only by %1, as the receiver (%2) saw it: custom-domain signing is not on yet (step 4 of the DKIM page).</source>
        <translation>Laut Empfänger (%2) nur von %1 signiert: Das Signieren mit der eigenen Domain ist noch nicht eingeschaltet (Schritt 4 der DKIM-Seite).</translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation>keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>SPF %1</source>
        <translation>SPF %1</translation>
    </message>
    <message>
        <source>DMARC fail</source>
        <translation>DMARC nicht bestanden</translation>
    </message>
    <message>
        <source>composite authentication fail</source>
        <translation>zusammengesetzte Authentifizierung nicht bestanden</translation>
    </message>
    <message>
        <source>Nothing authenticates this message as mail from %1 (%2 at the receiver): unless your own systems sent it, it is a spoof. It says nothing about your DKIM signing.</source>
        <translation>Nichts authentifiziert diese Nachricht als Mail von %1 (%2 beim Empfänger): Sofern nicht Ihre eigenen Systeme sie gesendet haben, ist sie gefälscht. Über Ihr DKIM-Signieren sagt sie nichts aus.</translation>
    </message>
    <message>
        <source>The receiver applied the domain&apos;s reject policy its own way (action=oreject): the message went to Junk instead of being refused.</source>
        <translation>Der Empfänger hat die reject-Richtlinie der Domain auf seine Weise angewendet (action=oreject): Die Nachricht ging in den Junk-E-Mail-Ordner, statt abgewiesen zu werden.</translation>
    </message>
    <message>
        <source>The receiver applied the domain&apos;s DMARC policy (action=%1).</source>
        <translation>Der Empfänger hat die DMARC-Richtlinie der Domain angewendet (action=%1).</translation>
    </message>
    <message>
        <source>If a service of yours sent it (from %1), authorise it in SPF and set up its DKIM signing for %2.</source>
        <translation>Falls einer Ihrer Dienste sie gesendet hat (von %1), autorisieren Sie ihn in SPF und richten Sie sein DKIM-Signieren für %2 ein.</translation>
    </message>
    <message>
        <source>If a service of yours sent it, authorise it in SPF and set up its DKIM signing for %1.</source>
        <translation>Falls einer Ihrer Dienste sie gesendet hat, autorisieren Sie ihn in SPF und richten Sie sein DKIM-Signieren für %1 ein.</translation>
    </message>
    <message>
        <source>To prove DKIM works, send a message from a Microsoft 365 mailbox of %1 to an outside mailbox and check that message.</source>
        <translation>Um nachzuweisen, dass DKIM funktioniert, senden Sie eine Nachricht von einem Microsoft-365-Postfach von %1 an ein externes Postfach und prüfen Sie diese Nachricht.</translation>
    </message>
    <message>
        <source>This copy has no DKIM-Signature field; the receiver (%1) says dkim=pass, but for %2, which is not aligned with %3.</source>
        <translation>Diese Kopie hat kein DKIM-Signature-Feld; der Empfänger (%1) meldet dkim=pass, aber für %2, das nicht an %3 ausgerichtet ist.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature, and the receiver (%1) found none (dkim=%2).</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur, und der Empfänger (%1) hat keine gefunden (dkim=%2).</translation>
    </message>
    <message>
        <source>Microsoft 365 signs every message it sends (at least with the tenant&apos;s onmicrosoft.com domain): this one was most likely sent by another system. Send the test from a Microsoft 365 mailbox of %1.</source>
        <translation>Microsoft 365 signiert jede Nachricht, die es sendet (mindestens mit der onmicrosoft.com-Domain des Mandanten): Diese wurde höchstwahrscheinlich von einem anderen System gesendet. Senden Sie den Test von einem Microsoft-365-Postfach von %1.</translation>
    </message>
</context>
<context>
    <name>MessageHeaders</name>
    <message>
        <source>The message is larger than %1 MiB; only messages up to that size are read.</source>
        <translation>Die Nachricht ist größer als %1 MiB; nur Nachrichten bis zu dieser Größe werden gelesen.</translation>
    </message>
    <message>
        <source>The first line &quot;%1&quot; is not a header field and was skipped.</source>
        <translation>Die erste Zeile „%1“ ist kein Headerfeld und wurde übersprungen.</translation>
    </message>
    <message>
        <source>There is nothing to read: paste the message&apos;s headers or open the saved message (.eml).</source>
        <translation>Es gibt nichts zu lesen: Fügen Sie die Header der Nachricht ein oder öffnen Sie die gespeicherte Nachricht (.eml).</translation>
    </message>
    <message>
        <source>The header is larger than %1 MiB; that is no real message.</source>
        <translation>Der Header ist größer als %1 MiB; das ist keine echte Nachricht.</translation>
    </message>
    <message>
        <source>No header field could be read: the text does not start like a mail message.</source>
        <translation>Es konnte kein Headerfeld gelesen werden: Der Text beginnt nicht wie eine Mail.</translation>
    </message>
    <message>
        <source>Only the first %1 header fields were read.</source>
        <translation>Nur die ersten %1 Headerfelder wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>MessageProof</name>
    <message>
        <source>the receiver</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <source>SPF at %1: %2</source>
        <translation>SPF bei %1: %2</translation>
    </message>
    <message>
        <source>SPF at %1: %2 for %3</source>
        <translation>SPF bei %1: %2 für %3</translation>
    </message>
    <message>
        <source>SPF (Received-SPF): %1</source>
        <translation>SPF (Received-SPF): %1</translation>
    </message>
    <message>
        <source>SPF: the receiver recorded no result.</source>
        <translation>SPF: Der Empfänger hat kein Ergebnis vermerkt.</translation>
    </message>
    <message>
        <source>DMARC at %1: %2</source>
        <translation>DMARC bei %1: %2</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>DMARC: the receiver recorded no result.</source>
        <translation>DMARC: Der Empfänger hat kein Ergebnis vermerkt.</translation>
    </message>
    <message>
        <source>Microsoft composite authentication: %1 (reason %2)</source>
        <translation>Zusammengesetzte Authentifizierung von Microsoft: %1 (Grund %2)</translation>
    </message>
    <message>
        <source>Microsoft composite authentication: %1 (reason %2: %3)</source>
        <translation>Zusammengesetzte Authentifizierung von Microsoft: %1 (Grund %2: %3)</translation>
    </message>
    <message>
        <source>This message is from %1, not %2: it proves nothing about %2.</source>
        <translation>Diese Nachricht stammt von %1, nicht von %2: Sie beweist nichts über %2.</translation>
    </message>
    <message>
        <source>Send the test from a mailbox whose address ends in @%1, to a mailbox outside your organisation, and check that message.</source>
        <translation>Senden Sie den Test von einem Postfach, dessen Adresse auf @%1 endet, an ein Postfach außerhalb Ihrer Organisation, und prüfen Sie diese Nachricht.</translation>
    </message>
    <message>
        <source>For %1 it shows: %2</source>
        <translation>Für %1 zeigt sie: %2</translation>
    </message>
</context>
<context>
    <name>MicrosoftAntispamHeaders</name>
    <message>
        <source>explicit failure: the domain&apos;s DMARC policy is quarantine or reject and DMARC failed</source>
        <translation>explizites Nichtbestehen: Die DMARC-Richtlinie der Domain ist quarantine oder reject, und DMARC ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>implicit failure: the domain publishes no enforcing DMARC policy and the message did not authenticate</source>
        <translation>implizites Nichtbestehen: Die Domain veröffentlicht keine durchsetzende DMARC-Richtlinie, und die Nachricht wurde nicht authentifiziert</translation>
    </message>
    <message>
        <source>the organisation&apos;s policy blocks this sender and domain pair</source>
        <translation>die Richtlinie der Organisation blockiert dieses Paar aus Absender und Domain</translation>
    </message>
    <message>
        <source>failed composite authentication</source>
        <translation>zusammengesetzte Authentifizierung nicht bestanden</translation>
    </message>
    <message>
        <source>passed: SPF or DKIM passed and aligned with the From domain, or an allow rule</source>
        <translation>bestanden: SPF oder DKIM bestanden und an der From-Domain ausgerichtet, oder eine Zulassungsregel</translation>
    </message>
    <message>
        <source>soft pass: passed implicit authentication</source>
        <translation>weich bestanden: implizite Authentifizierung bestanden</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>bypassed (e.g. an allow list or a mail flow rule)</source>
        <translation>umgangen (z. B. durch eine Zulassungsliste oder eine Nachrichtenflussregel)</translation>
    </message>
    <message>
        <source>failed implicit authentication; the sending domain is one of the organisation&apos;s own accepted domains</source>
        <translation>implizite Authentifizierung nicht bestanden; die sendende Domain ist eine der eigenen akzeptierten Domains der Organisation</translation>
    </message>
    <message>
        <source>passed: allowed by spoof intelligence or a tenant allow entry</source>
        <translation>bestanden: durch Spoofintelligenz oder einen Zulassungseintrag des Mandanten zugelassen</translation>
    </message>
    <message>
        <source>not spam: delivered to the recipients</source>
        <translation>kein Spam: an die Empfänger zugestellt</translation>
    </message>
    <message>
        <source>spam: spam filtering marked it</source>
        <translation>Spam: von der Spamfilterung markiert</translation>
    </message>
    <message>
        <source>blocked: the sender is on the recipient&apos;s Blocked Senders list</source>
        <translation>blockiert: Der Absender steht auf der Liste „Blockierte Absender“ des Empfängers</translation>
    </message>
    <message>
        <source>allowed: the sender is on the recipient&apos;s Safe Senders list</source>
        <translation>zugelassen: Der Absender steht auf der Liste „Sichere Absender“ des Empfängers</translation>
    </message>
    <message>
        <source>skipped: the sender is on an allowed list of an anti-spam policy</source>
        <translation>übersprungen: Der Absender steht auf einer Zulassungsliste einer Antispamrichtlinie</translation>
    </message>
    <message>
        <source>spam: the sender is on a blocked list of an anti-spam policy</source>
        <translation>Spam: Der Absender steht auf einer Sperrliste einer Antispamrichtlinie</translation>
    </message>
    <message>
        <source>skipped: mail inside the organisation</source>
        <translation>übersprungen: Mail innerhalb der Organisation</translation>
    </message>
    <message>
        <source>skipped: marked as not spam before filtering (e.g. a mail flow rule)</source>
        <translation>übersprungen: vor der Filterung als kein Spam markiert (z. B. durch eine Nachrichtenflussregel)</translation>
    </message>
    <message>
        <source>released from quarantine</source>
        <translation>aus der Quarantäne freigegeben</translation>
    </message>
    <message>
        <source>spam: marked as spam before filtering (e.g. a mail flow rule)</source>
        <translation>Spam: vor der Filterung als Spam markiert (z. B. durch eine Nachrichtenflussregel)</translation>
    </message>
    <message>
        <source>spam filtering skipped (trusted sender or rule)</source>
        <translation>Spamfilterung übersprungen (vertrauenswürdiger Absender oder Regel)</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>kein Spam</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>high confidence spam</source>
        <translation>Spam mit hoher Zuverlässigkeit</translation>
    </message>
    <message>
        <source>no protection policy applied</source>
        <translation>keine Schutzrichtlinie angewendet</translation>
    </message>
    <message>
        <source>bulk mail</source>
        <translation>Massenmail</translation>
    </message>
    <message>
        <source>phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>high confidence phishing</source>
        <translation>Phishing mit hoher Zuverlässigkeit</translation>
    </message>
    <message>
        <source>spoofing: the sender failed authentication (SPF/DKIM/DMARC, compauth)</source>
        <translation>Spoofing: Der Absender hat die Authentifizierung nicht bestanden (SPF/DKIM/DMARC, compauth)</translation>
    </message>
    <message>
        <source>malware</source>
        <translation>Malware</translation>
    </message>
    <message>
        <source>domain impersonation</source>
        <translation>Domain-Identitätswechsel</translation>
    </message>
    <message>
        <source>user impersonation</source>
        <translation>Benutzer-Identitätswechsel</translation>
    </message>
    <message>
        <source>mailbox intelligence impersonation</source>
        <translation>Identitätswechsel laut Postfachintelligenz</translation>
    </message>
    <message>
        <source>outbound spam</source>
        <translation>ausgehender Spam</translation>
    </message>
    <message>
        <source>phishing inside the organisation</source>
        <translation>Phishing innerhalb der Organisation</translation>
    </message>
    <message>
        <source>anti-malware</source>
        <translation>Antimalware</translation>
    </message>
    <message>
        <source>Safe Attachments</source>
        <translation>Sichere Anlagen</translation>
    </message>
    <message>
        <source>blocked file type</source>
        <translation>blockierter Dateityp</translation>
    </message>
    <message>
        <source>filtering skipped: the IP address is on the IP Allow List</source>
        <translation>Filterung übersprungen: Die IP-Adresse steht auf der IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>the IP address is on no reputation list</source>
        <translation>die IP-Adresse steht auf keiner Reputationsliste</translation>
    </message>
    <message>
        <source>inbound: from outside the organisation</source>
        <translation>eingehend: von außerhalb der Organisation</translation>
    </message>
    <message>
        <source>outbound: sent from the organisation</source>
        <translation>ausgehend: aus der Organisation gesendet</translation>
    </message>
    <message>
        <source>inside the organisation</source>
        <translation>innerhalb der Organisation</translation>
    </message>
    <message>
        <source>the connecting IP address</source>
        <translation>die verbindende IP-Adresse</translation>
    </message>
    <message>
        <source>the country of the connecting IP address</source>
        <translation>das Land der verbindenden IP-Adresse</translation>
    </message>
    <message>
        <source>the connecting IP address has no reverse DNS name</source>
        <translation>die verbindende IP-Adresse hat keinen Reverse-DNS-Namen</translation>
    </message>
    <message>
        <source>the reverse DNS name of the connecting IP address</source>
        <translation>der Reverse-DNS-Name der verbindenden IP-Adresse</translation>
    </message>
    <message>
        <source>the language of the message</source>
        <translation>die Sprache der Nachricht</translation>
    </message>
    <message>
        <source>the HELO/EHLO name of the connecting server</source>
        <translation>der HELO/EHLO-Name des verbindenden Servers</translation>
    </message>
    <message>
        <source>not from a bulk sender</source>
        <translation>nicht von einem Massenversender</translation>
    </message>
    <message>
        <source>from a bulk sender that generates few complaints</source>
        <translation>von einem Massenversender mit wenigen Beschwerden</translation>
    </message>
    <message>
        <source>from a bulk sender that generates a mixed number of complaints</source>
        <translation>von einem Massenversender mit einer mittleren Zahl von Beschwerden</translation>
    </message>
    <message>
        <source>from a bulk sender that generates many complaints</source>
        <translation>von einem Massenversender mit vielen Beschwerden</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>due since %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag fällig</numerusform>
            <numerusform>seit %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: publish the SPF record and let the wizard confirm it.</source>
        <translation>%1: SPF-Eintrag veröffentlichen und vom Assistenten bestätigen lassen.</translation>
    </message>
    <message>
        <source>%1: run the DKIM script in Exchange Online and paste its output.</source>
        <translation>%1: DKIM-Skript in Exchange Online ausführen und die Ausgabe einfügen.</translation>
    </message>
    <message>
        <source>%1: publish both DKIM CNAME records and let the wizard confirm them.</source>
        <translation>%1: beide DKIM-CNAME-Einträge veröffentlichen und vom Assistenten bestätigen lassen.</translation>
    </message>
    <message>
        <source>%1: switch DKIM signing on in Exchange Online.</source>
        <translation>%1: DKIM-Signieren in Exchange Online einschalten.</translation>
    </message>
    <message>
        <source>%1: publish the DMARC record and let the wizard confirm it.</source>
        <translation>%1: DMARC-Eintrag veröffentlichen und vom Assistenten bestätigen lassen.</translation>
    </message>
    <message>
        <source>%1: move DMARC to p=%2 if the reports show all real mail passing.</source>
        <translation>%1: DMARC auf p=%2 umstellen, wenn die Berichte zeigen, dass alle echten E-Mails bestehen.</translation>
    </message>
    <message>
        <source>%1: the DKIM keys have fewer than 2048 bits: run the first pass of the key rotation (DKIM page).</source>
        <translation>%1: Die DKIM-Schlüssel haben weniger als 2048 Bit: Führen Sie den ersten Durchlauf der Schlüsselrotation aus (DKIM-Seite).</translation>
    </message>
    <message>
        <source>%1: run the second pass of the DKIM key rotation to 2048 bits (DKIM page).</source>
        <translation>%1: Führen Sie den zweiten Durchlauf der DKIM-Schlüsselrotation auf 2048 Bit aus (DKIM-Seite).</translation>
    </message>
    <message>
        <source>%1: check that both DKIM keys have 2048 bits (DKIM page, Check key sizes).</source>
        <translation>%1: Prüfen Sie, ob beide DKIM-Schlüssel 2048 Bit haben (DKIM-Seite, Schlüsselgrößen prüfen).</translation>
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
        <translation>%1: geparkt (sendet und empfängt keine Mail)</translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation>%1: sendend</translation>
    </message>
    <message>
        <source>No record to publish.</source>
        <translation>Kein Eintrag zu veröffentlichen.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 %3 &quot;%4&quot;</source>
        <translation>%1 %2 %3 „%4“</translation>
    </message>
    <message>
        <source>today: &quot;%1&quot;</source>
        <translation>heute: „%1“</translation>
    </message>
    <message>
        <source>Weakens nothing that is published today.</source>
        <translation>Schwächt nichts, was heute veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Weakens what is published today:</source>
        <translation>Schwächt, was heute veröffentlicht ist:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending domains to plan.</source>
        <translation>Sendende Domains, die geplant werden.</translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation>DOMAIN...</translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation>Weitere Domains aus DATEI lesen, eine pro Zeile (# beginnt einen Kommentar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Plan DOMAIN as parked: it sends and receives no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation>DOMAIN als geparkt planen: Sie sendet und empfängt keine Mail (Null-MX, v=spf1 -all, p=reject, kein DKIM).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenant (default worldwide): %1.</source>
        <translation>Die Microsoft-Cloud des Mandanten (Standard worldwide): %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation>Ein JSON-Objekt pro Domain und Zeile.</translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation>Nennen Sie mindestens eine Domain oder verwenden Sie --domains-file oder --parked.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known cloud.</source>
        <translation>„%1“ ist keine bekannte Cloud.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) planned with %1 DNS questions.</source>
        <translation>
            <numerusform>%n Domain mit %1 DNS-Abfragen geplant.</numerusform>
            <numerusform>%n Domains mit %1 DNS-Abfragen geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is published could not be read (DNS did not answer): whether this weakens it is unknown. Run the plan again.</source>
        <translation>Was veröffentlicht ist, konnte nicht gelesen werden (das DNS hat nicht geantwortet): Ob dies etwas schwächt, ist unbekannt. Führen Sie den Plan erneut aus.</translation>
    </message>
    <message>
        <source>SPF record: %1 of 10 DNS lookups.</source>
        <translation>SPF-Eintrag: %1 von 10 DNS-Abfragen.</translation>
    </message>
    <message>
        <source>SPF record: %1 DNS lookups, over the limit of 10.</source>
        <translation>SPF-Eintrag: %1 DNS-Abfragen, über der Grenze von 10.</translation>
    </message>
    <message>
        <source>Audits one or more domains through DNS and shows the records the wizard proposes for each: what every record adds, replaces or keeps, what it would weaken (nothing by default) and the audit&apos;s findings. Changes nothing; where DNS did not answer, the change is &quot;unknown&quot;.
Exit status: 0 = planned and no errors found, 1 = some audit found errors or a proposed SPF record needs more than 10 DNS lookups, 2 = the plan could not be made (usage error, unreadable file).</source>
        <translation>Prüft eine oder mehrere Domains über DNS und zeigt für jede die Einträge, die der Assistent vorschlägt: was jeder Eintrag hinzufügt, ersetzt oder beibehält, was er abschwächen würde (standardmäßig nichts) und die Befunde der Prüfung. Ändert nichts; wo DNS nicht geantwortet hat, ist die Änderung „unbekannt“.
Exit-Status: 0 = geplant und keine Fehler gefunden, 1 = eine Prüfung hat Fehler gefunden oder ein vorgeschlagener SPF-Eintrag braucht mehr als 10 DNS-Abfragen, 2 = der Plan konnte nicht erstellt werden (Aufruffehler, unlesbare Datei).</translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation>%1 ist als sendende Domain und mit --parked genannt; eine Domain ist entweder das eine oder das andere.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>%1 (spart %n Abfrage)</numerusform>
            <numerusform>%1 (spart %n Abfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>&quot;%1&quot; is not a Microsoft 365 selector%2 target (selector%2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft).</source>
        <translation>„%1“ ist kein Microsoft-365-Ziel für selector%2 (selector%2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation>„%1“ ist kein Domainname in seiner DNS-Form (A-Label).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender of the catalogue.</source>
        <translation>„%1“ ist kein Absender aus dem Katalog.</translation>
    </message>
    <message>
        <source>The existing SPF record holds line breaks or control characters.</source>
        <translation>Der vorhandene SPF-Eintrag enthält Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The pasted text is longer than %1 characters.</source>
        <translation>Der eingefügte Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no stage %1 in the DMARC plan.</source>
        <translation>Der DMARC-Plan hat keine Stufe %1.</translation>
    </message>
    <message>
        <source>The confirmation of &quot;%1&quot; is damaged.</source>
        <translation>Die Bestätigung von „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The SPF record cannot be composed.</source>
        <translation>Der SPF-Eintrag kann nicht zusammengestellt werden.</translation>
    </message>
    <message>
        <source>Enter the Azure resource group that holds the DNS zones (Azure portal, DNS zones &gt; the zone &gt; Resource group).</source>
        <translation>Geben Sie die Azure-Ressourcengruppe mit den DNS-Zonen ein (Azure-Portal, DNS-Zonen &gt; die Zone &gt; Ressourcengruppe).</translation>
    </message>
    <message>
        <source>An Azure resource group name has at most %1 characters.</source>
        <translation>Der Name einer Azure-Ressourcengruppe hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may hold only letters, digits and - _ ( ) . (&quot;%2&quot; is not allowed).</source>
        <translation>„%1“ ist kein Name einer Azure-Ressourcengruppe: Er darf nur Buchstaben, Ziffern und - _ ( ) . enthalten („%2“ ist nicht erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may not end with a period.</source>
        <translation>„%1“ ist kein Name einer Azure-Ressourcengruppe: Er darf nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one SPF term.</source>
        <translation>„%1“ ist kein einzelner SPF-Term.</translation>
    </message>
    <message>
        <source>The existing DMARC record is damaged.</source>
        <translation>Der bestehende DMARC-Eintrag ist beschädigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server name.</source>
        <translation>„%1“ ist kein Mailservername.</translation>
    </message>
    <message>
        <source>The list of confirmed changes is damaged.</source>
        <translation>Die Liste der bestätigten Änderungen ist beschädigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC fo= value (0, 1, d, s, separated by colons).</source>
        <translation>„%1“ ist kein DMARC-fo=-Wert (0, 1, d, s, durch Doppelpunkte getrennt).</translation>
    </message>
    <message>
        <source>%1: %2 Confirm this change in the wizard first.</source>
        <translation>%1: %2 Bestätigen Sie diese Änderung zuerst im Assistenten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS zone that %2 lies in.</source>
        <translation>„%1“ ist keine DNS-Zone, in der %2 liegt.</translation>
    </message>
    <message>
        <source>%1: the SPF record needs %2 DNS lookups, more than the 10 receivers allow, so SPF would fail for all mail. Shorten it, or confirm on the SPF page that you publish it anyway.</source>
        <translation>%1: Der SPF-Eintrag braucht %2 DNS-Abfragen, mehr als die 10, die Empfänger zulassen; SPF würde also für alle Mails fehlschlagen. Kürzen Sie ihn oder bestätigen Sie auf der SPF-Seite, dass Sie ihn trotzdem veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>PowerShellBundle</name>
    <message>
        <source>The project has no domain that sends mail, so there is no DKIM to set up.</source>
        <translation>Das Projekt hat keine Domain, die E-Mail versendet; es gibt also kein DKIM einzurichten.</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>The project has no domains yet.</source>
        <translation>Das Projekt hat noch keine Domains.</translation>
    </message>
    <message>
        <source>The project cannot be exported: %1</source>
        <translation>Das Projekt kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The Azure DNS commands name the resource group that holds the DNS zones, and the project has none yet: enter it on the Tenant page (mailauth generate: --azure-resource-group NAME).</source>
        <translation>Die Azure-DNS-Befehle nennen die Ressourcengruppe mit den DNS-Zonen, und das Projekt hat noch keine: Tragen Sie sie auf der Mandantenseite ein (mailauth generate: --azure-resource-group NAME).</translation>
    </message>
    <message>
        <source>The Azure DNS commands cannot be written: %1</source>
        <translation>Die Azure-DNS-Befehle können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>This is not a MailAuth Wizard project file.</source>
        <translation>Dies ist keine Projektdatei des MailAuth-Assistenten.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of MailAuth Wizard (format %1; this version reads up to %2). Update the app to open it; the file was not changed.</source>
        <translation>Dieses Projekt wurde mit einer neueren Version des MailAuth-Assistenten gespeichert (Format %1; diese Version liest bis %2). Aktualisieren Sie die App, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The project file has no valid format version.</source>
        <translation>Die Projektdatei hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The project names an unknown Microsoft cloud &quot;%1&quot;.</source>
        <translation>Das Projekt nennt eine unbekannte Microsoft-Cloud „%1“.</translation>
    </message>
    <message>
        <source>The project&apos;s tenant is not valid: %1</source>
        <translation>Der Mandant des Projekts ist ungültig: %1</translation>
    </message>
    <message>
        <source>The project&apos;s domains are not valid: %1</source>
        <translation>Die Domains des Projekts sind ungültig: %1</translation>
    </message>
    <message>
        <source>The DMARC plan of %1 is damaged.</source>
        <translation>Der DMARC-Plan von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: %3).</source>
        <translation>%1 ist beschädigt (Zeile %2: %3).</translation>
    </message>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1: Der Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The project names an unknown DNS host &quot;%1&quot;.</source>
        <translation>Das Projekt nennt einen unbekannten DNS-Anbieter „%1“.</translation>
    </message>
    <message>
        <source>The client name must be one line of at most %1 characters.</source>
        <translation>Der Kundenname muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>The consultant name must be one line of at most %1 characters.</source>
        <translation>Der Beratername muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains is not a domain.</source>
        <translation>Eintrag %1 der Domains des Projekts ist keine Domain.</translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains has no domain name.</source>
        <translation>Eintrag %1 der Domains des Projekts hat keinen Domainnamen.</translation>
    </message>
    <message>
        <source>The project lists %1 twice.</source>
        <translation>Das Projekt führt %1 zweimal auf.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a domain role (sending or parked).</source>
        <translation>%1, %2: „%3“ ist keine Domain-Rolle (sending oder parked).</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not -all or ~all.</source>
        <translation>%1, %2: „%3“ ist weder -all noch ~all.</translation>
    </message>
    <message>
        <source>The project cannot be used: %1 Correct the file or set the domain up again in the wizard; the file was not changed.</source>
        <translation>Das Projekt kann nicht verwendet werden: %1 Korrigieren Sie die Datei oder richten Sie die Domain im Assistenten neu ein; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is too large for a project file (over %2 MiB); the file was not opened.</source>
        <translation>%1 ist zu groß für eine Projektdatei (über %2 MiB); die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: the key &quot;%3&quot; appears twice in the same object).</source>
        <translation>%1 ist beschädigt (Zeile %2: Der Schlüssel „%3“ kommt im selben Objekt zweimal vor).</translation>
    </message>
    <message>
        <source>The project is too large to save (%1 MiB; a project file may hold at most %2 MiB): it could not be opened again.</source>
        <translation>Das Projekt ist zu groß zum Speichern (%1 MiB; eine Projektdatei darf höchstens %2 MiB groß sein): Es ließe sich nicht wieder öffnen.</translation>
    </message>
    <message>
        <source>The project&apos;s Azure resource group is not valid: %1</source>
        <translation>Die Azure-Ressourcengruppe des Projekts ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a record of the rollout.</source>
        <translation>%1, %2: „%3“ ist kein Eintrag der Einführung.</translation>
    </message>
    <message>
        <source>The project&apos;s DMARC report summary is not valid: %1</source>
        <translation>Die DMARC-Berichtszusammenfassung des Projekts ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>PropagationExpectation</name>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only @ as the host name (or leave it empty, if your DNS host asks for that), and delete the record at %1.</source>
        <translation>Der Eintrag wurde als %1 angelegt: Ihr DNS-Anbieter hängt die Domain selbst an. Geben Sie als Hostnamen nur @ ein (oder lassen Sie ihn leer, wenn Ihr DNS-Anbieter das verlangt) und löschen Sie den Eintrag bei %1.</translation>
    </message>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only %2 as the host name, and delete the record at %1.</source>
        <translation>Der Eintrag wurde als %1 angelegt: Ihr DNS-Anbieter hängt die Domain selbst an. Geben Sie als Hostnamen nur %2 ein und löschen Sie den Eintrag bei %1.</translation>
    </message>
    <message>
        <source>%1 holds a TXT record (&quot;%2&quot;) where a CNAME record belongs: delete the TXT record and create a CNAME record that points to %3.</source>
        <translation>%1 enthält einen TXT-Eintrag („%2“), wo ein CNAME-Eintrag hingehört: Löschen Sie den TXT-Eintrag und legen Sie einen CNAME-Eintrag an, der auf %3 zeigt.</translation>
    </message>
    <message>
        <source>%1 is a CNAME record (pointing to %2) where a TXT record belongs: delete the CNAME record and create a TXT record with the value &quot;%3&quot;.</source>
        <translation>%1 ist ein CNAME-Eintrag (zeigt auf %2), wo ein TXT-Eintrag hingehört: Löschen Sie den CNAME-Eintrag und legen Sie einen TXT-Eintrag mit dem Wert „%3“ an.</translation>
    </message>
</context>
<context>
    <name>PropagationWatcher</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>old answer</source>
        <translation>alte Antwort</translation>
    </message>
    <message>
        <source>not found yet</source>
        <translation>noch nicht gefunden</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>The project holds a record that cannot be exported safely: %1</source>
        <translation>Das Projekt enthält einen Eintrag, der nicht sicher exportiert werden kann: %1</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; no report is that big</source>
        <translation>die Datei ist größer als %1; kein Bericht ist so groß</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>an Outlook .msg file, which cannot be read: save the mail as .eml, or save the attachment itself</source>
        <translation>eine Outlook-.msg-Datei, die nicht gelesen werden kann: Speichern Sie die Mail als .eml oder speichern Sie den Anhang selbst</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report: neither XML, gzip, zip nor a mail</source>
        <translation>kein DMARC-Sammelbericht: weder XML, gzip, zip noch eine Mail</translation>
    </message>
    <message numerus="yes">
        <source>nested too deeply: more than %n archives or mails inside each other</source>
        <translation>
            <numerusform>zu tief verschachtelt: mehr als %n Archiv oder Mail ineinander</numerusform>
            <numerusform>zu tief verschachtelt: mehr als %n Archive oder Mails ineinander</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than %1; far bigger than any report, not read</source>
        <translation>größer als %1; weit größer als jeder Bericht, nicht gelesen</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>der Ordner enthält keine Dateien</translation>
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
        <translation>%1: Der Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>%1: a count must be a whole number from 0 to %2.</source>
        <translation>%1: Eine Anzahl muss eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>%1: refers to an entry that does not exist.</source>
        <translation>%1: Verweist auf einen Eintrag, der nicht existiert.</translation>
    </message>
    <message>
        <source>%1: more than %2 entries.</source>
        <translation>%1: Mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day from 2012 to 2100 (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Tag zwischen 2012 und 2100 (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1: the counts contradict each other (more passing or aligned messages than messages).</source>
        <translation>%1: Die Zählwerte widersprechen sich (mehr bestandene oder ausgerichtete Mails als Mails insgesamt).</translation>
    </message>
    <message>
        <source>%1: the first day must come before the last.</source>
        <translation>%1: Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a report summary.</source>
        <translation>„%1“ gehört nicht zu einer Berichtszusammenfassung.</translation>
    </message>
    <message>
        <source>the report summary has an unknown format version.</source>
        <translation>die Berichtszusammenfassung hat eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <source>%1: a report key must be 32 hexadecimal digits.</source>
        <translation>%1: Ein Berichtsschlüssel muss aus 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>%1: a reporter must be one line of 1 to %2 characters.</source>
        <translation>%1: Eine berichtende Organisation muss eine Zeile mit 1 bis %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain name.</source>
        <translation>%1: „%2“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a DMARC policy.</source>
        <translation>%1: „%2“ ist keine DMARC-Richtlinie.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time from 2012 to 2100.</source>
        <translation>%1: „%2“ ist kein Zeitpunkt zwischen 2012 und 2100.</translation>
    </message>
    <message>
        <source>%1: the days must be listed once each, in order.</source>
        <translation>%1: Die Tage müssen jeweils einmal und in der richtigen Reihenfolge aufgeführt sein.</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the domain&apos;s first and last day.</source>
        <translation>%1: %2 liegt nicht zwischen dem ersten und letzten Tag der Domain.</translation>
    </message>
    <message>
        <source>%1: more than %2 sources in all.</source>
        <translation>%1: insgesamt mehr als %2 Quellen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address.</source>
        <translation>%1: „%2“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1: the source&apos;s days lie outside the domain&apos;s.</source>
        <translation>%1: Die Tage der Quelle liegen außerhalb derer der Domain.</translation>
    </message>
    <message>
        <source>%1: its sources count more messages than the domain.</source>
        <translation>%1: Die Quellen zählen zusammen mehr Mails als die Domain.</translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>forwarder</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>your SPF/DKIM</source>
        <translation>Ihr SPF/DKIM</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>policy unknown</source>
        <translation>Richtlinie unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)), published %3</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag), veröffentlicht: %3</numerusform>
            <numerusform>%1 bis %2 (%n Tage), veröffentlicht: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>reports without dates, published %1</source>
        <translation>Berichte ohne Datum, veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Reporters: %1</source>
        <translation>Berichtsabsender: %1</translation>
    </message>
    <message>
        <source>%L1 messages: %2 pass DMARC, %3 with aligned SPF, %4 with aligned DKIM</source>
        <translation>%L1 Mails: %2 bestehen DMARC, %3 mit ausgerichtetem SPF, %4 mit ausgerichtetem DKIM</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MAILS</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (unbestätigt)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more source(s) (--json lists every one)</source>
        <translation>
            <numerusform>... und %n weitere Quelle (--json listet alle auf)</numerusform>
            <numerusform>... und %n weitere Quellen (--json listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Zu tun:</translation>
    </message>
    <message>
        <source>Reads DMARC aggregate reports (files or folders: .xml, .xml.gz, .zip, the report mails as .eml, mbox) and shows per domain who sends as it, what passes, what to fix, and whether the domain may move to the next stage of its DMARC plan (at least %1 days of reports, every known sender aligned, %2% of legitimate mail passing). Nothing goes to the network unless --names is given.
Exit status: 0 = every file was read, 1 = some file was skipped (listed on stderr and in --json), 2 = usage error.</source>
        <translation>Liest DMARC-Sammelberichte (Dateien oder Ordner: .xml, .xml.gz, .zip, die Berichtsmails als .eml, mbox) und zeigt je Domain, wer in ihrem Namen sendet, was besteht, was zu korrigieren ist und ob die Domain zur nächsten Stufe ihres DMARC-Plans wechseln kann (mindestens %1 Tage Berichte, jeder bekannte Absender ausgerichtet, %2 % der legitimen Mails bestehen). Ohne --names geht nichts ins Netzwerk.
Exit-Status: 0 = jede Datei wurde gelesen, 1 = eine Datei wurde übersprungen (auf stderr und in --json aufgeführt), 2 = Aufruffehler.</translation>
    </message>
    <message>
        <source>Report files or folders (read recursively).</source>
        <translation>Berichtsdateien oder -ordner (werden rekursiv gelesen).</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>Show only DOMAIN and its subdomains (repeat for several).</source>
        <translation>Nur DOMAIN und ihre Subdomains zeigen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Leave out reports that end before DATE.</source>
        <translation>Berichte auslassen, die vor DATUM enden.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The tenant&apos;s initial domain (contoso.onmicrosoft.com): only its DKIM signatures count as Microsoft 365&apos;s.</source>
        <translation>Die Anfangsdomain des Mandanten (contoso.onmicrosoft.com): Nur ihre DKIM-Signaturen zählen als die von Microsoft 365.</translation>
    </message>
    <message>
        <source>One JSON object with every domain and source.</source>
        <translation>Ein JSON-Objekt mit jeder Domain und Quelle.</translation>
    </message>
    <message>
        <source>Name at least one report file or folder.</source>
        <translation>Nennen Sie mindestens eine Berichtsdatei oder einen Berichtsordner.</translation>
    </message>
    <message>
        <source>--domain %1: %2</source>
        <translation>--domain %1: %2</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since erwartet ein Datum als JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tenant: %1</source>
        <translation>--tenant: %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>No messages in the reports read.</source>
        <translation>Keine Mails in den gelesenen Berichten.</translation>
    </message>
    <message>
        <source>No messages for the domains asked for.</source>
        <translation>Keine Mails für die angefragten Domains.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read from %1 file(s)</source>
        <translation>
            <numerusform>%n Bericht aus %1 Datei(en) gelesen</numerusform>
            <numerusform>%n Berichte aus %1 Datei(en) gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) left out</source>
        <translation>
            <numerusform>; %n Duplikat ausgelassen</numerusform>
            <numerusform>; %n Duplikate ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n outside the period</source>
        <translation>
            <numerusform>; %n außerhalb des Zeitraums</numerusform>
            <numerusform>; %n außerhalb des Zeitraums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped.</source>
        <translation>
            <numerusform>; %n Datei übersprungen.</numerusform>
            <numerusform>; %n Dateien übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>Look up through DNS the PTR name of every source (forward-confirmed) and which term of its domain&apos;s SPF record authorises it.</source>
        <translation>Über DNS den PTR-Namen jeder Quelle abfragen (vorwärts bestätigt) und welcher Term des SPF-Eintrags ihrer Domain sie autorisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n Quelle mit %1 DNS-Abfragen nachgeschlagen.</numerusform>
            <numerusform>%n Quellen mit %1 DNS-Abfragen nachgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolverArguments</name>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s; repeat for several.</source>
        <translation>Diesen Resolver (IP oder IP:PORT) statt des System-Resolvers fragen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation>Diesen Server (IP oder IP:PORT) als autoritativen Server der Zone verwenden, statt NS-Einträge abzufragen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--max-in-flight takes a whole number from 1 to %1.</source>
        <translation>--max-in-flight erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>Keep at most N DNS questions in flight at once (1 to %1; default %2 with --resolver, %3 with the system resolver, which may drop the excess silently); a resolver that answers REFUSED or SERVFAIL under load gets fewer, and those questions are asked again.</source>
        <translation>Höchstens N DNS-Anfragen gleichzeitig offen halten (1 bis %1; Standard %2 mit --resolver, %3 mit dem System-Resolver, der den Überschuss stillschweigend verwerfen kann); ein Resolver, der unter Last REFUSED oder SERVFAIL antwortet, bekommt weniger, und diese Anfragen werden erneut gestellt.</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>the document ends before it is complete</source>
        <translation>das Dokument endet, bevor es vollständig ist</translation>
    </message>
    <message>
        <source>not well-formed (a character or markup that does not belong there)</source>
        <translation>nicht wohlgeformt (ein Zeichen oder Markup, das dort nicht hingehört)</translation>
    </message>
    <message>
        <source>an end tag does not match the element it closes</source>
        <translation>ein End-Tag passt nicht zu dem Element, das es schließt</translation>
    </message>
    <message>
        <source>an entity is used that is not declared</source>
        <translation>eine Entität wird verwendet, die nicht deklariert ist</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; is not declared</source>
        <translation>die Entität „%1“ ist nicht deklariert</translation>
    </message>
    <message>
        <source>a namespace prefix is used that is not declared</source>
        <translation>ein Namensraum-Präfix wird verwendet, das nicht deklariert ist</translation>
    </message>
    <message>
        <source>an attribute is given twice</source>
        <translation>ein Attribut ist doppelt angegeben</translation>
    </message>
    <message>
        <source>a character reference names no allowed character</source>
        <translation>ein Zeichenverweis nennt kein erlaubtes Zeichen</translation>
    </message>
    <message>
        <source>the document is not in the encoding it declares</source>
        <translation>das Dokument ist nicht in der Kodierung, die es angibt</translation>
    </message>
    <message>
        <source>the encoding %1 is not supported</source>
        <translation>die Kodierung %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SourceSpfAuthority</name>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>not listed (%1)</source>
        <translation>nicht aufgeführt (%1)</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>SPF error</source>
        <translation>SPF-Fehler</translation>
    </message>
    <message>
        <source>no answer from DNS</source>
        <translation>keine Antwort vom DNS</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>Evaluates SPF as a receiving mail server would (RFC 7208 check_host): is this IP address allowed to send for the sender&apos;s domain? With an empty sender (bounces) the HELO name&apos;s policy is checked.
Exit status: 0 = pass, 1 = any other result, 2 = the check could not run.</source>
        <translation>Wertet SPF so aus, wie es ein empfangender Mailserver tut (RFC 7208 check_host): Darf diese IP-Adresse für die Domain des Absenders senden? Bei leerem Absender (Unzustellbarkeitsberichte) wird die Richtlinie des HELO-Namens geprüft.
Exit-Status: 0 = pass, 1 = jedes andere Ergebnis, 2 = die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address.</source>
        <translation>Die IP-Adresse des sendenden Servers.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The MAIL FROM address; may be empty (&quot;&quot;).</source>
        <translation>Die MAIL-FROM-Adresse; darf leer sein (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The HELO/EHLO name the server gave.</source>
        <translation>Der HELO/EHLO-Name, den der Server angegeben hat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Give the sending server&apos;s address with --ip, e.g. --ip 192.0.2.25.</source>
        <translation>Geben Sie die Adresse des sendenden Servers mit --ip an, z. B. --ip 192.0.2.25.</translation>
    </message>
    <message>
        <source>Give --sender, or --helo when the sender is empty (RFC 7208 2.4 then checks the HELO name).</source>
        <translation>Geben Sie --sender an, oder --helo, wenn der Absender leer ist (RFC 7208 2.4 prüft dann den HELO-Namen).</translation>
    </message>
    <message>
        <source>SPF result for %1 from %2: %3</source>
        <translation>SPF-Ergebnis für %1 von %2: %3</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <source>DNS lookups counted: %1 of 10 (void: %2 of 2)</source>
        <translation>Gezählte DNS-Abfragen: %1 von 10 (leer: %2 von 2)</translation>
    </message>
    <message>
        <source>--sender: %1</source>
        <translation>--sender: %1</translation>
    </message>
    <message>
        <source>--helo: %1</source>
        <translation>--helo: %1</translation>
    </message>
</context>
<context>
    <name>SpfComposer</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or network.</source>
        <translation>„%1“ ist keine IPv4-Adresse und kein IPv4-Netz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address or network.</source>
        <translation>„%1“ ist keine IPv6-Adresse und kein IPv6-Netz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can follow include:.</source>
        <translation>„%1“ ist kein Domainname, der auf include: folgen kann.</translation>
    </message>
    <message>
        <source>The existing record cannot be merged until its errors are fixed: %1</source>
        <translation>Der vorhandene Eintrag kann erst zusammengeführt werden, wenn seine Fehler behoben sind: %1</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>The sending server is not authorised by the domain&apos;s SPF record.</source>
        <translation>Der sendende Server ist durch den SPF-Eintrag der Domain nicht autorisiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that SPF can be checked for.</source>
        <translation>„%1“ ist kein Domainname, für den SPF geprüft werden kann.</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect).</source>
        <translation>Mehr als %1 Begriffe mit DNS-Abfrage (include, a, mx, ptr, exists, redirect).</translation>
    </message>
    <message>
        <source>More than %1 lookups found nothing (void lookups).</source>
        <translation>Mehr als %1 Abfragen fanden nichts (leere Abfragen).</translation>
    </message>
    <message>
        <source>The TXT lookup for %1 failed (%2).</source>
        <translation>Die TXT-Abfrage für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record.</source>
        <translation>%1 veröffentlicht mehr als einen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation>Der SPF-Eintrag von %1 hat einen Syntaxfehler: %2</translation>
    </message>
    <message>
        <source>Waiting for DNS answers.</source>
        <translation>Warte auf DNS-Antworten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the record of %2 matched.</source>
        <translation>„%1“ im Eintrag von %2 hat zugetroffen.</translation>
    </message>
    <message>
        <source>The redirect target &quot;%1&quot; is not a valid domain.</source>
        <translation>Das Umleitungsziel „%1“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>The redirect target %1 has no SPF record.</source>
        <translation>Das Umleitungsziel %1 hat keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>No term in the record of %1 matched and there is no &quot;all&quot;.</source>
        <translation>Kein Begriff im Eintrag von %1 hat zugetroffen, und es gibt kein „all“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a valid domain.</source>
        <translation>„%1“ in „%2“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>The included domain %1 has no SPF record.</source>
        <translation>Die eingebundene Domain %1 hat keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed (%2).</source>
        <translation>Die MX-Abfrage für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 has more than %2 MX records.</source>
        <translation>%1 hat mehr als %2 MX-Einträge.</translation>
    </message>
    <message>
        <source>The A lookup for %1 failed (%2).</source>
        <translation>Die A-Abfrage für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The %1 lookup for %2 failed (%3).</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen (%3).</translation>
    </message>
</context>
<context>
    <name>SpfLimitAdvice</name>
    <message>
        <source>Receivers stop at 10 DNS lookups and treat the record as an error (permerror): SPF then fails for all of the domain&apos;s mail, and DMARC passes only where DKIM signs.</source>
        <translation>Empfänger hören nach 10 DNS-Abfragen auf und werten den Eintrag als Fehler (permerror): SPF schlägt dann für alle Mails der Domain fehl, und DMARC besteht nur, wo DKIM signiert.</translation>
    </message>
    <message>
        <source>Remove %1: %2 already includes it, so its servers stay authorised.</source>
        <translation>Entfernen Sie %1: %2 bindet es bereits ein, seine Server bleiben also berechtigt.</translation>
    </message>
    <message>
        <source>Remove %1: its lookup finds nothing, so it authorises no server and only uses up the budget.</source>
        <translation>Entfernen Sie %1: Seine Abfrage findet nichts, es berechtigt also keinen Server und verbraucht nur Abfragen.</translation>
    </message>
    <message>
        <source>Remove %1: RFC 7208 advises against ptr; it is slow and many receivers skip it. List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation>Entfernen Sie %1: RFC 7208 rät von ptr ab; es ist langsam, und viele Empfänger überspringen es. Nennen Sie stattdessen die Adressen der Server mit ip4/ip6.</translation>
    </message>
    <message>
        <source>Replace %1 with the addresses it stands for (ip4:/ip6:), which cost no lookup; update them when those servers change.</source>
        <translation>Ersetzen Sie %1 durch die Adressen, für die es steht (ip4:/ip6:); sie kosten keine Abfrage. Passen Sie sie an, wenn sich diese Server ändern.</translation>
    </message>
    <message>
        <source>Move %1 to a subdomain: set it up with its own return-path (bounce) domain such as bounce.%2, whose SPF record holds %3. Its mail then passes SPF there and still aligns for DMARC, and %3 leaves this record.</source>
        <translation>Verlegen Sie %1 auf eine Subdomain: Richten Sie den Dienst mit einer eigenen Return-Path-(Bounce-)Domain wie bounce.%2 ein, deren SPF-Eintrag %3 enthält. Seine Mail besteht SPF dann dort und ist für DMARC weiterhin ausgerichtet, und %3 verlässt diesen Eintrag.</translation>
    </message>
</context>
<context>
    <name>SpfLinter</name>
    <message>
        <source>One string of the record is %1 characters long; a DNS TXT string holds at most %2.</source>
        <translation>Eine Zeichenkette des Eintrags ist %1 Zeichen lang; eine DNS-TXT-Zeichenkette fasst höchstens %2.</translation>
    </message>
    <message>
        <source>Publish the record as several quoted strings of at most %1 characters each, for example &quot;v=spf1 ... &quot; &quot;include:... -all&quot;. Receivers join them with nothing in between.</source>
        <translation>Veröffentlichen Sie den Eintrag als mehrere Zeichenketten in Anführungszeichen mit je höchstens %1 Zeichen, zum Beispiel &quot;v=spf1 ... &quot; &quot;include:... -all&quot;. Empfänger fügen sie ohne Zwischenraum zusammen.</translation>
    </message>
    <message>
        <source>The record is %1 characters long. Over %2, the DNS answer may not fit in one UDP packet and some receivers fail to fetch it.</source>
        <translation>Der Eintrag ist %1 Zeichen lang. Über %2 passt die DNS-Antwort womöglich nicht in ein UDP-Paket, und manche Empfänger können sie nicht abrufen.</translation>
    </message>
    <message>
        <source>Shorten the record: remove senders you no longer use, or move bulk senders to a subdomain with its own SPF record.</source>
        <translation>Kürzen Sie den Eintrag: Entfernen Sie nicht mehr genutzte Absender oder verlagern Sie Massenversender auf eine Subdomain mit eigenem SPF-Eintrag.</translation>
    </message>
    <message>
        <source>There is a space after &quot;%1%2&quot;, so &quot;%3&quot; is read as a separate, unknown term.</source>
        <translation>Nach „%1%2“ steht ein Leerzeichen, daher wird „%3“ als eigener, unbekannter Begriff gelesen.</translation>
    </message>
    <message>
        <source>Remove the space: write &quot;%1&quot;.</source>
        <translation>Entfernen Sie das Leerzeichen: Schreiben Sie „%1“.</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1&quot;, for example &quot;v=spf1 include:spf.protection.outlook.com -all&quot;.</source>
        <translation>Beginnen Sie den Eintrag mit „v=spf1“, zum Beispiel „v=spf1 include:spf.protection.outlook.com -all“.</translation>
    </message>
    <message>
        <source>Type the record again by hand or paste it from a plain-text editor.</source>
        <translation>Tippen Sie den Eintrag erneut von Hand ein oder fügen Sie ihn aus einem reinen Texteditor ein.</translation>
    </message>
    <message>
        <source>Keep only one of them.</source>
        <translation>Behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>Check the spelling; a sender&apos;s own documentation gives the exact term (usually include:...).</source>
        <translation>Prüfen Sie die Schreibweise; die Dokumentation des Absenders nennt den genauen Begriff (meist include:...).</translation>
    </message>
    <message>
        <source>Correct the term at position %1; receivers reject the whole record (permerror) while it is there.</source>
        <translation>Korrigieren Sie den Begriff an Position %1; solange er dort steht, verwerfen Empfänger den ganzen Eintrag (permerror).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; allows every server on the Internet to send mail as this domain.</source>
        <translation>„%1“ erlaubt jedem Server im Internet, Mails im Namen dieser Domain zu senden.</translation>
    </message>
    <message>
        <source>Replace it with &quot;-all&quot;: %1</source>
        <translation>Ersetzen Sie es durch „-all“: %1</translation>
    </message>
    <message>
        <source>&quot;?all&quot; says nothing about servers not listed; it is meant for testing only.</source>
        <translation>„?all“ sagt nichts über nicht aufgeführte Server; es ist nur für Tests gedacht.</translation>
    </message>
    <message>
        <source>Use &quot;-all&quot; (Microsoft&apos;s recommendation with DKIM and DMARC): %1</source>
        <translation>Verwenden Sie „-all“ (Empfehlung von Microsoft zusammen mit DKIM und DMARC): %1</translation>
    </message>
    <message>
        <source>&quot;~all&quot; marks mail from unlisted servers as suspicious but asks receivers to accept it. Without a DKIM signature, DMARC then cannot act on SPF failures.</source>
        <translation>„~all“ markiert Mails von nicht aufgeführten Servern als verdächtig, bittet Empfänger aber, sie anzunehmen. Ohne DKIM-Signatur kann DMARC dann nicht auf SPF-Fehler reagieren.</translation>
    </message>
    <message>
        <source>Once every sender is listed and DKIM is on, switch to &quot;-all&quot;: %1</source>
        <translation>Sobald alle Absender aufgeführt sind und DKIM aktiv ist, wechseln Sie zu „-all“: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after &quot;all&quot;, so receivers never look at it.</source>
        <translation>„%1“ steht nach „all“, daher sehen Empfänger es nie an.</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; in front of &quot;%2&quot;.</source>
        <translation>Setzen Sie „%1“ vor „%2“.</translation>
    </message>
    <message>
        <source>The record has both &quot;all&quot; and &quot;%1&quot;; with &quot;all&quot; present the redirect is ignored.</source>
        <translation>Der Eintrag enthält sowohl „all“ als auch „%1“; neben „all“ wird die Umleitung ignoriert.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;, or remove &quot;all&quot; if the redirect target should decide.</source>
        <translation>Entfernen Sie „%1“, oder entfernen Sie „all“, wenn das Umleitungsziel entscheiden soll.</translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or &quot;redirect=&quot;, so servers that are not listed get &quot;neutral&quot;: nothing is said about them.</source>
        <translation>Der Eintrag endet ohne „all“ oder „redirect=“, daher erhalten nicht aufgeführte Server „neutral“: Über sie wird nichts gesagt.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot;: %1 -all</source>
        <translation>Beenden Sie den Eintrag mit „-all“: %1 -all</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses reverse DNS, which is slow, unreliable and discouraged by RFC 7208; many receivers ignore it.</source>
        <translation>„%1“ nutzt Reverse-DNS, das langsam und unzuverlässig ist und von RFC 7208 nicht empfohlen wird; viele Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with the servers&apos; addresses (ip4:/ip6:) or an include from the provider.</source>
        <translation>Ersetzen Sie „%1“ durch die Adressen der Server (ip4:/ip6:) oder ein Include des Anbieters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a dot. Microsoft lists this as a common mistake; some checkers treat it as an error.</source>
        <translation>„%1“ endet mit einem Punkt. Microsoft führt das als häufigen Fehler auf; manche Prüfprogramme werten es als Fehler.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;.</source>
        <translation>Schreiben Sie „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to Microsoft Cloud Deutschland, which closed in October 2021.</source>
        <translation>„%1“ gehört zu Microsoft Cloud Deutschland, die im Oktober 2021 geschlossen wurde.</translation>
    </message>
    <message>
        <source>Use include:spf.protection.outlook.com, the include of the worldwide service that migrated tenants now use.</source>
        <translation>Verwenden Sie include:spf.protection.outlook.com, das Include des weltweiten Dienstes, den migrierte Mandanten jetzt nutzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;=&quot; where SPF needs &quot;:&quot;; receivers read it as an unknown modifier and ignore it, so these senders are not authorised.</source>
        <translation>„%1“ verwendet „=“, wo SPF „:“ braucht; Empfänger lesen es als unbekannten Modifikator und ignorieren es, diese Absender sind also nicht autorisiert.</translation>
    </message>
    <message>
        <source>Write &quot;%1:%2&quot;.</source>
        <translation>Schreiben Sie „%1:%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modifier SPF defines; receivers ignore it.</source>
        <translation>„%1“ ist kein von SPF definierter Modifikator; Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>Remove it unless a provider asked for it.</source>
        <translation>Entfernen Sie ihn, sofern kein Anbieter ihn verlangt hat.</translation>
    </message>
    <message>
        <source>The name has %1 SPF records. Receivers then return permerror and ignore all of them: %2</source>
        <translation>Der Name hat %1 SPF-Einträge. Empfänger melden dann permerror und ignorieren alle: %2</translation>
    </message>
    <message>
        <source>Merge them into one record (the wizard&apos;s SPF page does this) and delete the others.</source>
        <translation>Führen Sie sie zu einem Eintrag zusammen (das erledigt die SPF-Seite des Assistenten) und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>The record itself has %1 terms that need a DNS lookup (include, a, mx, ptr, exists, redirect); receivers stop at %2 and return permerror, so SPF fails for all mail. The includes add more.</source>
        <translation>Der Eintrag selbst hat %1 Terme, die eine DNS-Abfrage brauchen (include, a, mx, ptr, exists, redirect); Empfänger hören bei %2 auf und liefern permerror, SPF schlägt also für alle Mails fehl. Die Includes kommen noch hinzu.</translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation>Entfernen Sie Absender, die Sie nicht mehr nutzen, ersetzen Sie a/mx durch ip4:/ip6:-Bereiche oder verlegen Sie Massenversender auf eine Subdomain mit eigenem SPF-Eintrag. Lösen Sie Microsofts Include nicht in Adressen auf: Diese ändern sich.</translation>
    </message>
</context>
<context>
    <name>SpfLookupBudget</name>
    <message>
        <source>Loop: %1 is already being evaluated (%2).</source>
        <translation>Schleife: %1 wird bereits ausgewertet (%2).</translation>
    </message>
    <message>
        <source>The records include each other in a loop: %1 → %2. Receivers give up with permerror.</source>
        <translation>Die Einträge binden sich gegenseitig in einer Schleife ein: %1 → %2. Empfänger geben mit permerror auf.</translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back to %1.</source>
        <translation>Entfernen Sie das Include oder die Umleitung, die zurück auf %1 zeigt.</translation>
    </message>
    <message>
        <source>The TXT lookup failed (%1).</source>
        <translation>Die TXT-Abfrage ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be fetched (%2), so its lookups are not counted.</source>
        <translation>Der SPF-Eintrag von %1 konnte nicht abgerufen werden (%2), seine Abfragen werden daher nicht gezählt.</translation>
    </message>
    <message>
        <source>Check again later; if it persists, the DNS servers of %1 have a problem.</source>
        <translation>Prüfen Sie später erneut; bleibt es so, haben die DNS-Server von %1 ein Problem.</translation>
    </message>
    <message>
        <source>No SPF record.</source>
        <translation>Kein SPF-Eintrag.</translation>
    </message>
    <message>
        <source>More than one SPF record.</source>
        <translation>Mehr als ein SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has no SPF record, so receivers return permerror for the whole record.</source>
        <translation>%1 (genutzt von „%2“) hat keinen SPF-Eintrag, daher melden Empfänger permerror für den ganzen Eintrag.</translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has more than one SPF record, so receivers return permerror.</source>
        <translation>%1 (genutzt von „%2“) hat mehr als einen SPF-Eintrag, daher melden Empfänger permerror.</translation>
    </message>
    <message>
        <source>Check the spelling against the provider&apos;s documentation, or remove &quot;%1&quot;.</source>
        <translation>Vergleichen Sie die Schreibweise mit der Dokumentation des Anbieters, oder entfernen Sie „%1“.</translation>
    </message>
    <message>
        <source>Syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>%1 MX names; at most %2 are allowed.</source>
        <translation>%1 MX-Namen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at %2 mail servers; SPF allows at most %3, so receivers return permerror.</source>
        <translation>„%1“ verweist auf %2 Mailserver; SPF erlaubt höchstens %3, daher melden Empfänger permerror.</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with ip4:/ip6: ranges for those servers.</source>
        <translation>Ersetzen Sie „%1“ durch ip4:/ip6:-Bereiche für diese Server.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> The largest: %1.</source>
        <translation> Die größten: %1.</translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and return permerror, so SPF fails for all mail.%3</source>
        <translation>Der Eintrag braucht %1 DNS-Abfragen; Empfänger hören bei %2 auf und melden permerror, SPF schlägt also für alle Mails fehl.%3</translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation>Entfernen Sie nicht mehr genutzte Absender, ersetzen Sie a/mx durch ip4:/ip6:-Bereiche oder verlagern Sie Massenversender auf eine Subdomain mit eigenem SPF-Eintrag. Lösen Sie das Microsoft-Include nicht in Adressen auf: Diese ändern sich.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 allowed DNS lookups; one more sender could break it.%3</source>
        <translation>Der Eintrag braucht %1 der %2 erlaubten DNS-Abfragen; ein weiterer Absender könnte ihn unbrauchbar machen.%3</translation>
    </message>
    <message>
        <source>Before adding senders, remove unused ones or move bulk senders to a subdomain.</source>
        <translation>Bevor Sie Absender hinzufügen, entfernen Sie ungenutzte oder verlagern Sie Massenversender auf eine Subdomain.</translation>
    </message>
    <message>
        <source>%1 lookups of this record find nothing; receivers allow %2 and then return permerror.</source>
        <translation>%1 Abfragen dieses Eintrags finden nichts; Empfänger erlauben %2 und melden dann permerror.</translation>
    </message>
    <message>
        <source>Remove the terms that point at names without records (see the breakdown).</source>
        <translation>Entfernen Sie die Begriffe, die auf Namen ohne Einträge zeigen (siehe Aufschlüsselung).</translation>
    </message>
    <message>
        <source>Not counted further: the record is already past the limit.</source>
        <translation>Nicht weiter gezählt: Der Eintrag liegt bereits über dem Limit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is where the count passes %2.</source>
        <translation>Bei „%1“ überschreitet die Zählung %2.</translation>
    </message>
    <message>
        <source>Counting stopped at %1.</source>
        <translation>Zählung bei %1 beendet.</translation>
    </message>
    <message>
        <source>Not counted further: lookups that found nothing are already past their limit.</source>
        <translation>Nicht weiter gezählt: Abfragen ohne Ergebnis liegen bereits über ihrem Limit.</translation>
    </message>
</context>
<context>
    <name>SpfMacroString</name>
    <message>
        <source>The character &apos;%1&apos; is not allowed here.</source>
        <translation>Das Zeichen „%1“ ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>A &apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos;; write &apos;%%&apos; for a percent sign.</source>
        <translation>Auf ein „%“ muss „{“, „%“, „_“ oder „-“ folgen; schreiben Sie „%%“ für ein Prozentzeichen.</translation>
    </message>
    <message>
        <source>The macro is not closed with &apos;}&apos;.</source>
        <translation>Das Makro wird nicht mit „}“ geschlossen.</translation>
    </message>
    <message>
        <source>The macro has no letter.</source>
        <translation>Das Makro hat keinen Buchstaben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (allowed: s l o d i p h c r t v).</source>
        <translation>„%1“ ist kein Makrobuchstabe (erlaubt: s l o d i p h c r t v).</translation>
    </message>
    <message>
        <source>The macro letter &apos;%1&apos; is only allowed in explanation text (exp=).</source>
        <translation>Der Makrobuchstabe „%1“ ist nur im Erklärungstext (exp=) erlaubt.</translation>
    </message>
    <message>
        <source>The number of parts in a macro must not be zero.</source>
        <translation>Die Anzahl der Teile in einem Makro darf nicht null sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro delimiter (allowed: . - + , / _ =).</source>
        <translation>„%1“ ist kein Makro-Trennzeichen (erlaubt: . - + , / _ =).</translation>
    </message>
    <message>
        <source>A domain name is missing.</source>
        <translation>Ein Domainname fehlt.</translation>
    </message>
    <message>
        <source>The domain must end in a top-level label such as &apos;.com&apos; (not a number, not starting or ending with &apos;-&apos;).</source>
        <translation>Die Domain muss auf eine Top-Level-Bezeichnung wie „.com“ enden (keine Zahl, nicht mit „-“ beginnend oder endend).</translation>
    </message>
</context>
<context>
    <name>SpfPage</name>
    <message>
        <source>depends on the sender (macro)</source>
        <translation>hängt vom Absender ab (Makro)</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record contains a character that is not plain ASCII (position %1). Retype the record; copying from a word processor often inserts such characters.</source>
        <translation>Der Eintrag enthält ein Zeichen, das kein reines ASCII ist (Position %1). Tippen Sie den Eintrag neu; beim Kopieren aus einer Textverarbeitung entstehen solche Zeichen oft.</translation>
    </message>
    <message>
        <source>The record contains a control character such as a line break or tab (position %1). Terms may only be separated by spaces.</source>
        <translation>Der Eintrag enthält ein Steuerzeichen wie einen Zeilenumbruch oder Tabulator (Position %1). Begriffe dürfen nur durch Leerzeichen getrennt sein.</translation>
    </message>
    <message>
        <source>An SPF record must begin with &quot;v=spf1&quot;.</source>
        <translation>Ein SPF-Eintrag muss mit „v=spf1“ beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1=&quot; appears more than once; SPF allows it only once. Keep one and delete the others.</source>
        <translation>„%1=“ kommt mehrfach vor; SPF erlaubt es nur einmal. Behalten Sie eines und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation>In „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism. Known mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists; modifiers are written name=value.</source>
        <translation>„%1“ ist kein SPF-Mechanismus. Bekannte Mechanismen sind all, include, a, mx, ptr, ip4, ip6 und exists; Modifikatoren schreibt man name=wert.</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument: write &quot;%1all&quot;.</source>
        <translation>„all“ hat kein Argument: Schreiben Sie „%1all“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain: write &quot;%1:example.com&quot; with no space after the colon.</source>
        <translation>„%1“ braucht eine Domain: Schreiben Sie „%1:example.com“ ohne Leerzeichen nach dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes an optional domain (&quot;ptr:example.com&quot;) and no prefix length.</source>
        <translation>„ptr“ hat eine optionale Domain („ptr:example.com“) und keine Präfixlänge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation>„%1“ ist keine gültige IPv6-Präfixlänge (0 bis 128, ohne führende Nullen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation>„%1“ ist keine gültige IPv4-Präfixlänge (0 bis 32, ohne führende Nullen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;:domain&quot;, a prefix length such as &quot;/24&quot;, or nothing.</source>
        <translation>Auf „%1“ muss „:domain“, eine Präfixlänge wie „/24“ oder nichts folgen.</translation>
    </message>
    <message>
        <source>&quot;ip4&quot; needs an address: write &quot;ip4:192.0.2.1&quot; or &quot;ip4:192.0.2.0/24&quot;.</source>
        <translation>„ip4“ braucht eine Adresse: Schreiben Sie „ip4:192.0.2.1“ oder „ip4:192.0.2.0/24“.</translation>
    </message>
    <message>
        <source>&quot;ip6&quot; needs an address: write &quot;ip6:2001:db8::1&quot; or &quot;ip6:2001:db8::/32&quot;.</source>
        <translation>„ip6“ braucht eine Adresse: Schreiben Sie „ip6:2001:db8::1“ oder „ip6:2001:db8::/32“.</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation>„/%1“ ist keine gültige IPv4-Präfixlänge (0 bis 32, ohne führende Nullen).</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation>„/%1“ ist keine gültige IPv6-Präfixlänge (0 bis 128, ohne führende Nullen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message>
        <source>The domain publishes no SPF record, so nothing is said about this server.</source>
        <translation>Die Domain veröffentlicht keinen SPF-Eintrag, über diesen Server wird also nichts gesagt.</translation>
    </message>
    <message>
        <source>The domain explicitly says nothing about this server.</source>
        <translation>Die Domain sagt ausdrücklich nichts über diesen Server.</translation>
    </message>
    <message>
        <source>This server is allowed to send mail for the domain.</source>
        <translation>Dieser Server darf Mails für die Domain senden.</translation>
    </message>
    <message>
        <source>This server is not allowed to send mail for the domain.</source>
        <translation>Dieser Server darf keine Mails für die Domain senden.</translation>
    </message>
    <message>
        <source>This server is probably not allowed to send mail for the domain (soft fail).</source>
        <translation>Dieser Server darf wahrscheinlich keine Mails für die Domain senden (Softfail).</translation>
    </message>
    <message>
        <source>A temporary DNS problem stopped the check; receivers will usually try again later.</source>
        <translation>Ein vorübergehendes DNS-Problem hat die Prüfung gestoppt; Empfänger versuchen es meist später erneut.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record is broken, so receivers cannot use it.</source>
        <translation>Der SPF-Eintrag der Domain ist fehlerhaft, Empfänger können ihn nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>StageReadiness</name>
    <message>
        <source>Not ready to %1.</source>
        <translation>Noch nicht bereit für: %1.</translation>
    </message>
    <message>
        <source>Not enough data to %1.</source>
        <translation>Zu wenige Daten für: %1.</translation>
    </message>
    <message>
        <source>%1 is the last stage.</source>
        <translation>%1 ist die letzte Stufe.</translation>
    </message>
    <message>
        <source>%1 with t=y</source>
        <translation>%1 mit t=y</translation>
    </message>
    <message>
        <source>stay at %1 (the last stage)</source>
        <translation>Verbleib bei %1 (letzte Stufe)</translation>
    </message>
    <message>
        <source>move from %1 to %2</source>
        <translation>Wechsel von %1 zu %2</translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages from %n source(s) that nothing authorises failed: quarantine and reject will stop them. If a server of yours is among them, authorise it first.</source>
        <translation>
            <numerusform>%L1 Mails von %n Quelle, die durch nichts autorisiert ist, haben nicht bestanden: quarantine und reject werden sie stoppen. Ist ein Server von Ihnen darunter, autorisieren Sie ihn zuerst.</numerusform>
            <numerusform>%L1 Mails von %n Quellen, die durch nichts autorisiert sind, haben nicht bestanden: quarantine und reject werden sie stoppen. Ist ein Server von Ihnen darunter, autorisieren Sie ihn zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reports cover %n day(s); at least %1 are needed to see every sender, including the ones that send once a week or once a month.</source>
        <translation>
            <numerusform>Die Berichte umfassen %n Tag; mindestens %1 sind nötig, um jeden Absender zu sehen, auch die, die nur einmal pro Woche oder pro Monat senden.</numerusform>
            <numerusform>Die Berichte umfassen %n Tage; mindestens %1 sind nötig, um jeden Absender zu sehen, auch die, die nur einmal pro Woche oder pro Monat senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to %1 (%2 of legitimate mail passes, %n day(s) of reports).</source>
        <translation>
            <numerusform>Bereit für: %1 (%2 der legitimen Mails bestehen, Berichte über %n Tag).</numerusform>
            <numerusform>Bereit für: %1 (%2 der legitimen Mails bestehen, Berichte über %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not aligned: %L2 of its %L3 messages pass DMARC (at least %4 must).</source>
        <translation>%1 ist nicht ausgerichtet: %L2 seiner %L3 Mails bestehen DMARC (mindestens %4 müssen es).</translation>
    </message>
    <message>
        <source>%1 of legitimate mail passes DMARC (%L2 of %L3 messages); at least %4 must.</source>
        <translation>%1 der legitimen Mails bestehen DMARC (%L2 von %L3 Mails); mindestens %4 müssen es.</translation>
    </message>
    <message>
        <source>The newest report says receivers applied %1, but this verdict is for the plan&apos;s stage, %2: receivers have not seen that record yet, or it is not published.</source>
        <translation>Laut dem neuesten Bericht haben die Empfänger %1 angewandt, diese Bewertung gilt aber für die Stufe des Plans, %2: Die Empfänger sehen diesen Eintrag noch nicht, oder er ist nicht veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>TrainingAction</name>
    <message>
        <source>the zone %1 is not one of this scenario&apos;s.</source>
        <translation>die Zone %1 gehört nicht zu diesem Szenario.</translation>
    </message>
    <message>
        <source>%1 %2 is not a record the DNS host panel can delete.</source>
        <translation>%1 %2 ist kein Eintrag, den das Panel des DNS-Anbieters löschen kann.</translation>
    </message>
    <message>
        <source>the key script cannot have created the signing configuration of %1 then.</source>
        <translation>das Schlüsselskript kann die Signaturkonfiguration von %1 zu diesem Zeitpunkt nicht angelegt haben.</translation>
    </message>
    <message>
        <source>the enable script cannot have switched signing on for %1 then.</source>
        <translation>das Aktivierungsskript kann die Signatur für %1 zu diesem Zeitpunkt nicht eingeschaltet haben.</translation>
    </message>
</context>
<context>
    <name>TrainingJournal</name>
    <message>
        <source>Action %1 of the session: %2</source>
        <translation>Aktion %1 der Sitzung: %2</translation>
    </message>
    <message>
        <source>the session holds more than %1 actions.</source>
        <translation>die Sitzung enthält mehr als %1 Aktionen.</translation>
    </message>
    <message>
        <source>not an action.</source>
        <translation>keine Aktion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of the training.</source>
        <translation>„%1“ ist keine Aktion des Trainings.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text of at most %2 characters.</source>
        <translation>„%1“ muss ein Text von höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>its time is not a simulated time of this session.</source>
        <translation>ihr Zeitpunkt ist keine simulierte Zeit dieser Sitzung.</translation>
    </message>
    <message>
        <source>it is older than the action before it.</source>
        <translation>sie ist älter als die Aktion davor.</translation>
    </message>
    <message>
        <source>the TTL must be a whole number of seconds from 60 to 86400.</source>
        <translation>die TTL muss eine ganze Zahl von Sekunden zwischen 60 und 86400 sein.</translation>
    </message>
</context>
<context>
    <name>TrainingScenarioParser</name>
    <message>
        <source>a quoted string is not closed</source>
        <translation>eine Zeichenkette in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a record needs NAME TTL TYPE DATA</source>
        <translation>ein Eintrag braucht NAME TTL TYP DATEN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name</source>
        <translation>„%1“ ist kein DNS-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TTL in seconds</source>
        <translation>„%1“ ist keine TTL in Sekunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type the training world serves (A, AAAA, CNAME, MX, NS, TXT)</source>
        <translation>„%1“ ist kein Eintragstyp, den die Trainingswelt ausliefert (A, AAAA, CNAME, MX, NS, TXT)</translation>
    </message>
    <message>
        <source>an MX record needs a preference and a host</source>
        <translation>ein MX-Eintrag braucht eine Priorität und einen Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address for a %2 record</source>
        <translation>„%1“ ist keine Adresse für einen %2-Eintrag</translation>
    </message>
    <message>
        <source>a %1 record needs one host name</source>
        <translation>ein %1-Eintrag braucht genau einen Hostnamen</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;</source>
        <translation>erwartet wurde „Schlüssel = Wert“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key with a language</source>
        <translation>„%1“ ist kein Schlüssel mit Sprache</translation>
    </message>
    <message>
        <source>the file must start with &quot;format = %1&quot;</source>
        <translation>die Datei muss mit „format = %1“ beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation>„%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>the id may use a-z, 0-9 and &apos;-&apos; only</source>
        <translation>die ID darf nur a-z, 0-9 und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>a translated hint must follow its hint</source>
        <translation>ein übersetzter Hinweis muss auf seinen Hinweis folgen</translation>
    </message>
    <message>
        <source>the tenant must be an initial *.onmicrosoft.com domain</source>
        <translation>der Mandant muss eine anfängliche *.onmicrosoft.com-Domain sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known DNS host</source>
        <translation>„%1“ ist kein bekannter DNS-Anbieter</translation>
    </message>
    <message>
        <source>write &quot;domain = NAME sending&quot; or &quot;domain = NAME parked&quot;</source>
        <translation>schreiben Sie „domain = NAME sending“ oder „domain = NAME parked“</translation>
    </message>
    <message>
        <source>write &quot;dkim-format = DOMAIN legacy&quot; or &quot;dkim-format = DOMAIN new r&quot;</source>
        <translation>schreiben Sie „dkim-format = DOMAIN legacy“ oder „dkim-format = DOMAIN new r“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2</source>
        <translation>„%1“ ist kein zulässiger Wert für %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a scenario needs an id, a title and a tenant</source>
        <translation>ein Szenario braucht eine ID, einen Titel und einen Mandanten</translation>
    </message>
    <message>
        <source>a scenario needs at least one domain and one goal</source>
        <translation>ein Szenario braucht mindestens eine Domain und ein Ziel</translation>
    </message>
    <message>
        <source>the goal names %1, which is not one of the scenario&apos;s domains</source>
        <translation>das Ziel nennt %1, das keine Domain des Szenarios ist</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record that ends in -all or ~all.</source>
        <translation>%1 hat genau einen gültigen SPF-Eintrag, der auf -all oder ~all endet.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs at most 10 DNS lookups.</source>
        <translation>Der SPF-Eintrag von %1 braucht höchstens 10 DNS-Abfragen.</translation>
    </message>
    <message>
        <source>Both DKIM CNAME records of %1 point to Microsoft&apos;s keys.</source>
        <translation>Beide DKIM-CNAME-Einträge von %1 zeigen auf die Schlüssel von Microsoft.</translation>
    </message>
    <message>
        <source>DKIM signing is switched on for %1 in Exchange Online.</source>
        <translation>Das DKIM-Signieren ist für %1 in Exchange Online eingeschaltet.</translation>
    </message>
    <message>
        <source>%1 has a valid DMARC record with an aggregate report address.</source>
        <translation>%1 hat einen gültigen DMARC-Eintrag mit einer Adresse für Sammelberichte.</translation>
    </message>
    <message>
        <source>The DMARC reports of %1 go only to addresses that accept them.</source>
        <translation>Die DMARC-Berichte von %1 gehen nur an Adressen, die sie annehmen.</translation>
    </message>
    <message>
        <source>%1 sends no mail and says so: v=spf1 -all and DMARC p=reject.</source>
        <translation>%1 versendet keine E-Mail und sagt das auch: v=spf1 -all und DMARC p=reject.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cloud (worldwide, gcc, gcchigh, dod, china)</source>
        <translation>„%1“ ist keine Cloud (worldwide, gcc, gcchigh, dod, china)</translation>
    </message>
    <message>
        <source>%1 has one SPF record that keeps every sender of the records published before.</source>
        <translation>%1 hat einen SPF-Eintrag, der jeden Absender der zuvor veröffentlichten Einträge behält.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 protects at least as much as before: the same policy or stricter, the same alignment, the same report addresses.</source>
        <translation>Der DMARC-Eintrag von %1 schützt mindestens so viel wie vorher: dieselbe oder eine strengere Richtlinie, dieselbe Ausrichtung, dieselben Berichtsadressen.</translation>
    </message>
    <message>
        <source>write &quot;resolver-cache = NAME TYPE [SECONDS-BEFORE-START]&quot; (0 to 86400 seconds)</source>
        <translation>schreiben Sie „resolver-cache = NAME TYP [SEKUNDEN-VOR-START]“ (0 bis 86400 Sekunden)</translation>
    </message>
    <message>
        <source>write &quot;goal = KIND DOMAIN&quot; with KIND one of spf-valid, spf-within-limit, dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, spf-merged, dmarc-not-weakened, or &quot;goal = sender-dkim DOMAIN SENDER&quot;</source>
        <translation>schreiben Sie „goal = ART DOMAIN“ mit ART aus spf-valid, spf-within-limit, dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, spf-merged, dmarc-not-weakened, oder „goal = sender-dkim DOMAIN ABSENDER“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender of resources/senders.json with DKIM selectors</source>
        <translation>„%1“ ist kein Absender aus resources/senders.json mit DKIM-Selektoren</translation>
    </message>
    <message>
        <source>the reports folder may use a-z, 0-9 and &apos;-&apos; only</source>
        <translation>der Berichtsordner darf nur a-z, 0-9 und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>%1 publishes the DKIM records %2 needs (%3), so its mail passes DMARC aligned.</source>
        <translation>%1 veröffentlicht die DKIM-Einträge, die %2 braucht (%3), sodass Mails über diesen Absender DMARC ausgerichtet bestehen.</translation>
    </message>
</context>
<context>
    <name>TrainingSessionFile</name>
    <message>
        <source>The saved training session is too large (over %1 MiB).</source>
        <translation>Die gespeicherte Trainingssitzung ist zu groß (über %1 MiB).</translation>
    </message>
    <message>
        <source>The saved training session is damaged.</source>
        <translation>Die gespeicherte Trainingssitzung ist beschädigt.</translation>
    </message>
    <message>
        <source>The saved training session is damaged (the key &quot;%1&quot; appears twice in the same object).</source>
        <translation>Die gespeicherte Trainingssitzung ist beschädigt (der Schlüssel „%1“ kommt im selben Objekt zweimal vor).</translation>
    </message>
    <message>
        <source>This is not a saved MailAuth Wizard training session.</source>
        <translation>Dies ist keine gespeicherte Trainingssitzung von MailAuth Wizard.</translation>
    </message>
    <message>
        <source>This training session was saved by a newer version of MailAuth Wizard.</source>
        <translation>Diese Trainingssitzung wurde von einer neueren Version von MailAuth Wizard gespeichert.</translation>
    </message>
    <message>
        <source>The saved training session has no valid format version.</source>
        <translation>Die gespeicherte Trainingssitzung hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The saved training session has an unknown field &quot;%1&quot;.</source>
        <translation>Die gespeicherte Trainingssitzung hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The saved training session has no valid save time.</source>
        <translation>Die gespeicherte Trainingssitzung hat keinen gültigen Speicherzeitpunkt.</translation>
    </message>
    <message>
        <source>The saved training session has no valid scenario.</source>
        <translation>Die gespeicherte Trainingssitzung hat kein gültiges Szenario.</translation>
    </message>
    <message>
        <source>The saved training session&apos;s scenario is not valid: %1</source>
        <translation>Das Szenario der gespeicherten Trainingssitzung ist ungültig: %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s clock is not valid.</source>
        <translation>Die Uhr der gespeicherten Trainingssitzung ist ungültig.</translation>
    </message>
    <message>
        <source>The saved training session has no list of actions.</source>
        <translation>Die gespeicherte Trainingssitzung hat keine Liste der Aktionen.</translation>
    </message>
    <message>
        <source>The saved training session is not valid: %1</source>
        <translation>Die gespeicherte Trainingssitzung ist ungültig: %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s resolver caches are not valid.</source>
        <translation>Die Resolver-Caches der gespeicherten Trainingssitzung sind ungültig.</translation>
    </message>
    <message>
        <source>The saved training session&apos;s plan is not valid: %1</source>
        <translation>Der Plan der gespeicherten Trainingssitzung ist ungültig: %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s plan is not for the domains of its scenario.</source>
        <translation>Der Plan der gespeicherten Trainingssitzung gilt nicht für die Domains ihres Szenarios.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Action %1 of the saved training session does not belong to its scenario: %2</source>
        <translation>Aktion %1 der gespeicherten Trainingssitzung gehört nicht zu ihrem Szenario: %2</translation>
    </message>
</context>
<context>
    <name>VantagePoint</name>
    <message>
        <source>authoritative</source>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>public resolver</source>
        <translation>öffentlicher Resolver</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>VantagePointDiscovery</name>
    <message>
        <source>No name servers were found for %1 or its parent domains.</source>
        <translation>Für %1 und die übergeordneten Domains wurden keine Nameserver gefunden.</translation>
    </message>
    <message>
        <source>The name servers of %1 (%2) have no addresses.</source>
        <translation>Die Nameserver von %1 (%2) haben keine Adressen.</translation>
    </message>
</context>
<context>
    <name>WaitCommand</name>
    <message>
        <source>Waits until a record is visible at every authoritative server of its zone and at the resolvers, and shows each server&apos;s state while it waits.
Exit status: 0 = confirmed, 1 = the time ran out, 2 = an error (usage, or no servers found).</source>
        <translation>Wartet, bis ein Eintrag auf jedem autoritativen Server seiner Zone und bei den Resolvern sichtbar ist, und zeigt währenddessen den Zustand jedes Servers.
Exit-Status: 0 = bestätigt, 1 = Zeit abgelaufen, 2 = Fehler (Aufruf, oder keine Server gefunden).</translation>
    </message>
    <message>
        <source>The record&apos;s full name, e.g. _dmarc.contoso.com.</source>
        <translation>Der vollständige Name des Eintrags, z. B. _dmarc.contoso.com.</translation>
    </message>
    <message>
        <source>TXT, CNAME or MX (default TXT).</source>
        <translation>TXT, CNAME oder MX (Standard TXT).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>The value the record must have.</source>
        <translation>Der Wert, den der Eintrag haben muss.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 3600).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Do not ask the public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222).</source>
        <translation>Die öffentlichen Resolver (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222) nicht fragen.</translation>
    </message>
    <message>
        <source>Usage: mailauth wait NAME --type TXT|CNAME|MX --expect VALUE [--match MODE] [--timeout SECONDS]</source>
        <translation>Aufruf: mailauth wait NAME --type TXT|CNAME|MX --expect WERT [--match MODUS] [--timeout SEKUNDEN]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>--type must be TXT, CNAME or MX.</source>
        <translation>--type muss TXT, CNAME oder MX sein.</translation>
    </message>
    <message>
        <source>--match must be exact, contains, spf or dmarc.</source>
        <translation>--match muss exact, contains, spf oder dmarc sein.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden, mindestens 1.</translation>
    </message>
    <message>
        <source>[%1 s] %2 (%3): %4</source>
        <translation>[%1 s] %2 (%3): %4</translation>
    </message>
    <message>
        <source>sees &quot;%1&quot;</source>
        <translation>sieht „%1“</translation>
    </message>
    <message>
        <source>(expected in %1 s)</source>
        <translation>(erwartet in %1 s)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>exact, contains, spf (same terms in the same order) or dmarc (same tags in any order); default exact.</source>
        <translation>exact, contains, spf (dieselben Terme in derselben Reihenfolge) oder dmarc (dieselben Tags in beliebiger Reihenfolge); Standard: exact.</translation>
    </message>
    <message>
        <source>--timeout %1 is longer than caches keep any record (7 days); waiting at most %2 s.</source>
        <translation>--timeout %1 ist länger, als Caches einen Eintrag halten (7 Tage); es wird höchstens %2 s gewartet.</translation>
    </message>
    <message>
        <source>[%1 s] Found in the wrong place: %2</source>
        <translation>[%1 s] An der falschen Stelle gefunden: %2</translation>
    </message>
</context>
<context>
    <name>WeakeningCheck</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The SPF record published today is removed: any server can then send mail as the domain.</source>
        <translation>Der heute veröffentlichte SPF-Eintrag wird entfernt: Dann kann jeder Server Mail im Namen der Domain senden.</translation>
    </message>
    <message>
        <source>%1 is removed from SPF: mail its servers send as the domain then fails SPF.</source>
        <translation>%1 wird aus SPF entfernt: Mail, die seine Server im Namen der Domain senden, besteht SPF dann nicht mehr.</translation>
    </message>
    <message>
        <source>The record ends more permissively than today&apos;s (%1 instead of %2): servers that are not listed are refused less firmly.</source>
        <translation>Der Eintrag endet nachgiebiger als heute (%1 statt %2): Nicht aufgeführte Server werden weniger entschieden abgewiesen.</translation>
    </message>
    <message>
        <source>The DMARC record published today is removed: receivers then apply no policy to mail that fails.</source>
        <translation>Der heute veröffentlichte DMARC-Eintrag wird entfernt: Empfänger wenden dann auf fehlschlagende Mail keine Richtlinie mehr an.</translation>
    </message>
    <message>
        <source>%1 is lowered from %2 to %3: receivers act less firmly on mail that fails DMARC.</source>
        <translation>%1 wird von %2 auf %3 gesenkt: Empfänger gehen weniger entschieden gegen Mail vor, die DMARC nicht besteht.</translation>
    </message>
    <message>
        <source>t=y is added: receivers apply the next lower policy while the record says it is being tested.</source>
        <translation>t=y kommt hinzu: Empfänger wenden die nächstniedrigere Richtlinie an, solange der Eintrag sagt, dass er getestet wird.</translation>
    </message>
    <message>
        <source>%1 goes from strict to relaxed: mail from subdomains then aligns too.</source>
        <translation>%1 wechselt von strikt zu entspannt: Mail von Subdomains gilt dann ebenfalls als ausgerichtet.</translation>
    </message>
    <message>
        <source>The report address %1 (%2) is removed: whoever reads those reports stops receiving them.</source>
        <translation>Die Berichtsadresse %1 (%2) wird entfernt: Wer diese Berichte liest, erhält sie nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is removed from SPF: the servers it refused are then judged by the rest of the record.</source>
        <translation>%1 wird aus SPF entfernt: Die Server, die es abgewiesen hat, werden dann nach dem Rest des Eintrags beurteilt.</translation>
    </message>
    <message>
        <source>The MX record (%1) is replaced by a null MX: mail sent to the domain is refused from then on. Delete those MX records: the null MX must be the only one.</source>
        <translation>Der MX-Eintrag (%1) wird durch einen Null-MX ersetzt: An die Domain gesendete Mail wird von da an abgewiesen. Löschen Sie diese MX-Einträge: Der Null-MX muss der einzige sein.</translation>
    </message>
</context>
<context>
    <name>ZipContainer</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>the zip archive cannot be read: %1</source>
        <translation>das zip-Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a zip bomb, or far bigger than any report); not read</source>
        <translation>nach dem Entpacken größer als %1 (eine zip-Bombe oder weit größer als jeder Bericht); nicht gelesen</translation>
    </message>
    <message>
        <source>after entry %1</source>
        <translation>nach Eintrag %1</translation>
    </message>
    <message>
        <source>the rest of the zip archive is damaged: %1</source>
        <translation>der Rest des zip-Archivs ist beschädigt: %1</translation>
    </message>
    <message>
        <source>entry %1 and later</source>
        <translation>Eintrag %1 und folgende</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries; the rest was not read</source>
        <translation>das Archiv hat mehr als %1 Einträge; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>der Eintrag ist verschlüsselt</translation>
    </message>
    <message>
        <source>the entry is damaged: %1</source>
        <translation>der Eintrag ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>mailauth</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>mailauth: could not write the output: %1</source>
        <translation>mailauth: Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
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
        <translation>Aufruf: mailauth &lt;Befehl&gt; [Optionen]

Befehle:
  check DOMAIN...                  Domains über DNS prüfen (MX, SPF, DKIM, DMARC).
  plan DOMAIN... [--parked D]...   Domains prüfen und die vom Assistenten vorgeschlagenen Einträge zeigen.
  wait NAME --expect WERT          Warten, bis ein Eintrag auf jedem Server sichtbar ist.
  spf --ip IP --sender ADRESSE     SPF für einen sendenden Server auswerten (RFC 7208 check_host).
  lint spf|dmarc|dkim &quot;&lt;Eintrag&gt;&quot;  Einen Eintrag offline prüfen.
  dkim-targets DATEI|-             Die DKIM-CNAME-Ziele aus eingefügter Exchange-Online-Ausgabe lesen.
  headers DATEI|- [--key-file F]   Anhand einer empfangenen Nachricht nachweisen, dass das DKIM-Signieren funktioniert.
  generate --project DATEI --format FORMAT [-o PFAD]
                                   Ein Projekt exportieren: ps1, zone, csv, windows, azure, html, pdf, json.
  reports PFAD... [--domain D]     DMARC-Sammelberichte lesen: Absender, Korrekturen, Bereitschaft.

Optionen für jeden Befehl: --json, --help. Global: --version, --verbose.
Exit-Status: 0 = in Ordnung, 1 = Probleme gefunden, 2 = der Befehl konnte nicht ausgeführt werden (Aufruffehler).
</translation>
    </message>
</context>
<context>
    <name>mailauth::AuditPage</name>
    <message>
        <source>What DNS says today</source>
        <translation>Was das DNS heute sagt</translation>
    </message>
    <message>
        <source>Before changing anything, the wizard reads your domains&apos; current MX, SPF, DKIM and DMARC records and lists what is missing or wrong, with what to do about it.</source>
        <translation>Bevor etwas geändert wird, liest der Assistent die aktuellen MX-, SPF-, DKIM- und DMARC-Einträge Ihrer Domains und listet auf, was fehlt oder falsch ist – und was zu tun ist.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 domains checked</source>
        <translation>%1 von %2 Domains geprüft</translation>
    </message>
    <message>
        <source>Check cancelled; you can go on or check again.</source>
        <translation>Prüfung abgebrochen; Sie können fortfahren oder erneut prüfen.</translation>
    </message>
    <message>
        <source>Check complete.</source>
        <translation>Prüfung abgeschlossen.</translation>
    </message>
    <message>
        <source>Checking DNS… (you can cancel)</source>
        <translation>DNS wird geprüft … (Sie können abbrechen)</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Welcome back. This project&apos;s next steps:</source>
        <translation>Willkommen zurück. Die nächsten Schritte dieses Projekts:</translation>
    </message>
    <message>
        <source>DNS did not answer now; this is the check saved on %1.</source>
        <translation>Das DNS hat gerade nicht geantwortet; dies ist die am %1 gespeicherte Prüfung.</translation>
    </message>
</context>
<context>
    <name>mailauth::AuditView</name>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nichts zu beheben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n Fehler)</numerusform>
            <numerusform>%1 (%n Fehler)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::DkimPage</name>
    <message>
        <source>DKIM: sign your mail with your own domain</source>
        <translation>DKIM: Mails mit der eigenen Domain signieren</translation>
    </message>
    <message>
        <source>Microsoft 365 signs mail for custom domains only after you publish two CNAME records that point to keys Microsoft holds. The targets differ per tenant and domain, so they are read back from Exchange Online, never guessed.</source>
        <translation>Microsoft 365 signiert Mails für eigene Domains erst, wenn Sie zwei CNAME-Einträge veröffentlichen, die auf Schlüssel bei Microsoft zeigen. Die Ziele unterscheiden sich je Mandant und Domain, deshalb werden sie aus Exchange Online zurückgelesen und nie geraten.</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation>Als .ps1 &amp;speichern …</translation>
    </message>
    <message>
        <source>I have &amp;published both: watch DNS</source>
        <translation>Beide sind &amp;veröffentlicht: DNS beobachten</translation>
    </message>
    <message>
        <source>Copy &amp;enable script</source>
        <translation>&amp;Aktivierungsskript kopieren</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Publish these two CNAME records&lt;/b&gt;:</source>
        <translation>&lt;b&gt;3. Diese beiden CNAME-Einträge veröffentlichen&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Switch signing on&lt;/b&gt;:</source>
        <translation>&lt;b&gt;4. Signatur einschalten&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Waiting for the pasted output.</source>
        <translation>Warte auf die eingefügte Ausgabe.</translation>
    </message>
    <message>
        <source>Both targets found. Status reported by Microsoft: %1.</source>
        <translation>Beide Ziele gefunden. Von Microsoft gemeldeter Status: %1.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <source>%1: not watched yet.</source>
        <translation>%1: wird noch nicht beobachtet.</translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. Run the script below. If it still reports CnameMissing, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Run it again later; the records are right.</source>
        <translation>Beide CNAMEs sind überall sichtbar. Führen Sie das Skript unten aus. Meldet es noch CnameMissing, ist Microsoft noch nicht so weit: Das kann Stunden dauern, selten einige Tage. Führen Sie es später erneut aus; die Einträge sind richtig.</translation>
    </message>
    <message>
        <source>Available once both CNAME records are confirmed above. Enabling earlier fails with CnameMissing, which only means Microsoft cannot see the records yet.</source>
        <translation>Verfügbar, sobald beide CNAME-Einträge oben bestätigt sind. Ein früheres Aktivieren scheitert mit CnameMissing – das heißt nur, dass Microsoft die Einträge noch nicht sieht.</translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation>PowerShell-Skript speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the &amp;keys</source>
        <translation>Schlüssel prüf&amp;en</translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Final check&lt;/b&gt;: once signing is on, Microsoft publishes the keys behind the CNAMEs.</source>
        <translation>&lt;b&gt;5. Abschließende Prüfung&lt;/b&gt;: Sobald die Signatur aktiv ist, veröffentlicht Microsoft die Schlüssel hinter den CNAMEs.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>%1: key published (%2 bits)</source>
        <translation>%1: Schlüssel veröffentlicht (%2 Bit)</translation>
    </message>
    <message>
        <source>%1: no key yet</source>
        <translation>%1: noch kein Schlüssel</translation>
    </message>
    <message>
        <source>Run the key script in the &amp;training tenant</source>
        <translation>Schlüssel-Skript im &amp;Trainings-Mandant ausführen</translation>
    </message>
    <message>
        <source>Run the enable script in the training tenant</source>
        <translation>Einschalt-Skript im Trainings-Mandant ausführen</translation>
    </message>
    <message>
        <source>What the simulated Exchange Online PowerShell prints appears here.</source>
        <translation>Hier erscheint, was die simulierte Exchange-Online-PowerShell ausgibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training tenant&lt;/b&gt; (simulated Exchange Online PowerShell):</source>
        <translation>&lt;b&gt;Trainings-Mandant&lt;/b&gt; (simulierte Exchange-Online-PowerShell):</translation>
    </message>
    <message>
        <source>S&amp;igning is on: the script printed &quot;Enabled : True&quot;</source>
        <translation>S&amp;ignieren ist an: Das Skript hat „Enabled : True“ ausgegeben</translation>
    </message>
    <message>
        <source>2. Paste &amp;what it printed:</source>
        <translation>2. Ausgabe ei&amp;nfügen:</translation>
    </message>
    <message>
        <source>Set up DKIM for this domain &amp;later (the other steps go on without it)</source>
        <translation>DKIM für diese Domain später ein&amp;richten (die anderen Schritte gehen ohne sie weiter)</translation>
    </message>
    <message>
        <source>DKIM already works for %1: both selectors point at Microsoft and the keys are published. Nothing to paste unless you want to check it again.</source>
        <translation>DKIM funktioniert für %1 bereits: Beide Selektoren zeigen auf Microsoft, und die Schlüssel sind veröffentlicht. Hier ist nichts einzufügen, außer Sie wollen es noch einmal prüfen.</translation>
    </message>
    <message>
        <source>Paste the output of the script here, or the two CNAME values from the Defender portal (Publish CNAMEs &gt; Copy, or its &quot;CNAME record does not exist&quot; message).</source>
        <translation>Fügen Sie hier die Ausgabe des Skripts ein, oder die beiden CNAME-Werte aus dem Defender-Portal (Publish CNAMEs &gt; Copy, oder seine Meldung „CNAME record does not exist“).</translation>
    </message>
    <message>
        <source>Run this in Exchange Online PowerShell (it runs safely twice):</source>
        <translation>Führen Sie dies in Exchange Online PowerShell aus (es kann gefahrlos zweimal laufen):</translation>
    </message>
    <message>
        <source>Open the De&amp;fender portal</source>
        <translation>Defender-Portal &amp;öffnen</translation>
    </message>
    <message>
        <source>PowerS&amp;hell</source>
        <translation>PowerS&amp;hell</translation>
    </message>
    <message>
        <source>&amp;Defender portal</source>
        <translation>&amp;Defender-Portal</translation>
    </message>
    <message>
        <source>For admins who cannot run scripts: the same steps in the Microsoft Defender portal.</source>
        <translation>Für Admins, die keine Skripte ausführen können: dieselben Schritte im Microsoft Defender-Portal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Create the keys&lt;/b&gt;, with PowerShell or in the Defender portal:</source>
        <translation>&lt;b&gt;1. Erstellen Sie die Schlüssel&lt;/b&gt;, mit PowerShell oder im Defender-Portal:</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, Email &amp;amp; collaboration &amp;gt; Policies &amp;amp; rules &amp;gt; Threat policies &amp;gt; &lt;b&gt;Email authentication settings&lt;/b&gt;, and select the &lt;b&gt;DKIM&lt;/b&gt; tab.</source>
        <translation>Öffnen Sie das Microsoft Defender-Portal unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, Email &amp;amp; collaboration &amp;gt; Policies &amp;amp; rules &amp;gt; Threat policies &amp;gt; &lt;b&gt;Email authentication settings&lt;/b&gt;, und wählen Sie die Registerkarte &lt;b&gt;DKIM&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>In the row for &lt;b&gt;%1&lt;/b&gt;, slide &lt;b&gt;Toggle&lt;/b&gt; from Disabled to Enabled. A &lt;b&gt;Client error&lt;/b&gt; dialog opens: that is expected, select &lt;b&gt;OK&lt;/b&gt;. The keys now exist and the row&apos;s Status is &lt;b&gt;CnameMissing&lt;/b&gt;.</source>
        <translation>Schieben Sie in der Zeile für &lt;b&gt;%1&lt;/b&gt; den Schalter &lt;b&gt;Toggle&lt;/b&gt; von Disabled auf Enabled. Ein Dialog &lt;b&gt;Client error&lt;/b&gt; öffnet sich: Das ist erwartet, wählen Sie &lt;b&gt;OK&lt;/b&gt;. Die Schlüssel existieren jetzt, und der Status der Zeile ist &lt;b&gt;CnameMissing&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Select the &lt;b&gt;%1&lt;/b&gt; row (not its check box or toggle) to open its details. Under &lt;b&gt;Publish CNAMEs&lt;/b&gt;, select &lt;b&gt;Copy&lt;/b&gt; and paste into step 2 below. Leave the details open.</source>
        <translation>Wählen Sie die Zeile &lt;b&gt;%1&lt;/b&gt; (nicht ihr Kontrollkästchen oder ihren Schalter), um die Details zu öffnen. Wählen Sie unter &lt;b&gt;Publish CNAMEs&lt;/b&gt; die Option &lt;b&gt;Copy&lt;/b&gt; und fügen Sie das Ergebnis in Schritt 2 unten ein. Lassen Sie die Details geöffnet.</translation>
    </message>
    <message>
        <source>Publish the two CNAME records (step 3). Once both are confirmed everywhere, switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt; in the details (step 4).</source>
        <translation>Veröffentlichen Sie die beiden CNAME-Einträge (Schritt 3). Sobald beide überall bestätigt sind, schalten Sie in den Details &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt; ein (Schritt 4).</translation>
    </message>
    <message>
        <source>The Defender portal route is not known for %1; use PowerShell.</source>
        <translation>Der Weg über das Defender-Portal ist für %1 nicht bekannt; verwenden Sie PowerShell.</translation>
    </message>
    <message>
        <source>2. Paste &amp;what the portal shows (Publish CNAMEs &gt; Copy):</source>
        <translation>2. Portalanzeige hier einf&amp;ügen (Publish CNAMEs &gt; Copy):</translation>
    </message>
    <message>
        <source>S&amp;igning is on: the portal shows &quot;Signing DKIM signatures for this domain&quot;</source>
        <translation>Si&amp;gnieren ist aktiv: Das Portal zeigt „Signing DKIM signatures for this domain“</translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. In the Defender portal, open &lt;b&gt;%1&lt;/b&gt; on the DKIM tab and switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt;. If the Status does not change to &quot;Signing DKIM signatures for this domain&quot;, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Try again later; the records are right.</source>
        <translation>Beide CNAMEs sind überall sichtbar. Öffnen Sie im Defender-Portal auf der Registerkarte DKIM &lt;b&gt;%1&lt;/b&gt; und schalten Sie &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt; ein. Wechselt der Status nicht zu „Signing DKIM signatures for this domain“, ist Microsoft noch nicht so weit: Das kann Stunden dauern, in seltenen Fällen einige Tage. Versuchen Sie es später erneut; die Einträge stimmen.</translation>
    </message>
    <message>
        <source>Script that switches signing on</source>
        <translation>Skript, das das Signieren einschaltet</translation>
    </message>
    <message>
        <source>&lt;b&gt;6. Prove it&lt;/b&gt;: send a message from this domain to an outside mailbox, then paste its headers (or drop the .eml).</source>
        <translation>&lt;b&gt;6. Nachweis&lt;/b&gt;: Senden Sie eine Nachricht von dieser Domain an ein externes Postfach und fügen Sie dann deren Kopfzeilen ein (oder legen Sie die .eml-Datei hier ab).</translation>
    </message>
    <message>
        <source>Prove it: analyze a test &amp;message…</source>
        <translation>Nachweis: Test-E-&amp;Mail analysieren…</translation>
    </message>
    <message>
        <source>%1 %2 (test message of %3)</source>
        <translation>%1 %2 (Testnachricht vom %3)</translation>
    </message>
    <message>
        <source>No test message checked yet.</source>
        <translation>Noch keine Testnachricht geprüft.</translation>
    </message>
</context>
<context>
    <name>mailauth::DkimRotationPanel</name>
    <message>
        <source>Cop&amp;y rotation script</source>
        <translation>Rotationsskri&amp;pt kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo: I did not run it</source>
        <translation>Rü&amp;ckgängig: Ich habe es nicht ausgeführt</translation>
    </message>
    <message>
        <source>Check key si&amp;zes</source>
        <translation>Schlüssel&amp;längen prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;7. Upgrade the keys to 2048 bits&lt;/b&gt; (two passes, four days apart):</source>
        <translation>&lt;b&gt;7. Schlüssel auf 2048 Bit erweitern&lt;/b&gt; (zwei Durchgänge im Abstand von vier Tagen):</translation>
    </message>
    <message>
        <source>DNS did not answer for the DKIM selectors of %1; check again in a few minutes.</source>
        <translation>Das DNS hat für die DKIM-Selektoren von %1 nicht geantwortet; prüfen Sie in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Both keys have 2048 bits: %1.</source>
        <translation>Beide Schlüssel haben 2048 Bit: %1.</translation>
    </message>
    <message>
        <source>Keys in DNS now: %1.</source>
        <translation>Schlüssel jetzt im DNS: %1.</translation>
    </message>
    <message>
        <source>A key behind the Microsoft 365 selectors of %1 has fewer than 2048 bits (%2). Microsoft 365 upgrades only the selector that is not signing, and the new key signs after four days (96 hours): run the first pass now and the second one four days later.</source>
        <translation>Ein Schlüssel hinter den Microsoft 365-Selektoren von %1 hat weniger als 2048 Bit (%2). Microsoft 365 erweitert nur den Selektor, der gerade nicht signiert, und der neue Schlüssel signiert erst nach vier Tagen (96 Stunden): Führen Sie den ersten Durchgang jetzt aus und den zweiten vier Tage später.</translation>
    </message>
    <message>
        <source>First pass run on %1. Its new key signs from %2; the second pass is due then (%3).</source>
        <translation>Erster Durchgang am %1 ausgeführt. Sein neuer Schlüssel signiert ab %2; dann ist der zweite Durchgang fällig (%3).</translation>
    </message>
    <message>
        <source>First pass run on %1. The second pass is %2: run the script below, it upgrades the other selector.</source>
        <translation>Erster Durchgang am %1 ausgeführt. Der zweite Durchgang ist %2: Führen Sie das Skript unten aus, es erweitert den anderen Selektor.</translation>
    </message>
    <message>
        <source>Second pass run on %1. Its new key signs from %2; check the key sizes then (%3).</source>
        <translation>Zweiter Durchgang am %1 ausgeführt. Sein neuer Schlüssel signiert ab %2; prüfen Sie dann die Schlüssellängen (%3).</translation>
    </message>
    <message>
        <source>Both passes have taken effect: check the key sizes. Keys seen last: %1.</source>
        <translation>Beide Durchgänge sind wirksam: Prüfen Sie die Schlüssellängen. Zuletzt gesehene Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Pass 1, in Exchange Online PowerShell:</source>
        <translation>Durchgang 1, in Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Pass 2, in Exchange Online PowerShell (only after the first pass has taken effect):</source>
        <translation>Durchgang 2, in Exchange Online PowerShell (erst wenn der erste Durchgang wirksam ist):</translation>
    </message>
    <message>
        <source>I &amp;ran the first pass</source>
        <translation>Ich habe den ersten Durchgang ausge&amp;führt</translation>
    </message>
    <message>
        <source>I &amp;ran the second pass</source>
        <translation>Ich habe den &amp;zweiten Durchgang ausgeführt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcPage</name>
    <message>
        <source>DMARC: tell receivers what to do with forged mail</source>
        <translation>DMARC: Empfängern sagen, was mit gefälschten Mails geschehen soll</translation>
    </message>
    <message>
        <source>DMARC ties SPF and DKIM to the address people see and asks receivers to report what they get. Start with p=none and reports, then tighten to quarantine and reject once the reports show that all your real mail passes.</source>
        <translation>DMARC verknüpft SPF und DKIM mit der sichtbaren Absenderadresse und bittet Empfänger, über eingehende Mails zu berichten. Beginnen Sie mit p=none und Berichten und verschärfen Sie auf quarantine und reject, sobald die Berichte zeigen, dass alle echten Mails bestehen.</translation>
    </message>
    <message>
        <source>Stage 1: p=none (monitor only)</source>
        <translation>Stufe 1: p=none (nur beobachten)</translation>
    </message>
    <message>
        <source>Stage 2: p=quarantine (spam folder)</source>
        <translation>Stufe 2: p=quarantine (Spam-Ordner)</translation>
    </message>
    <message>
        <source>Stage 3: p=reject (refuse)</source>
        <translation>Stufe 3: p=reject (abweisen)</translation>
    </message>
    <message>
        <source>dmarc-reports@contoso.com (a shared mailbox works well); several separated by spaces</source>
        <translation>dmarc-reports@contoso.com (ein freigegebenes Postfach eignet sich gut); mehrere durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Test mode (t=y): receivers apply one level less while you watch the reports</source>
        <translation>Testmodus (t=y): Empfänger wenden eine Stufe weniger an, während Sie die Berichte auswerten</translation>
    </message>
    <message>
        <source>same as the domain</source>
        <translation>wie die Domain</translation>
    </message>
    <message>
        <source>reject (recommended: such names never send mail)</source>
        <translation>reject (empfohlen: solche Namen senden nie Mails)</translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation>Ist &amp;veröffentlicht: DNS beobachten</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>&amp;Start of the plan:</source>
        <translation>&amp;Beginn des Plans:</translation>
    </message>
    <message>
        <source>Current s&amp;tage:</source>
        <translation>Aktuelle S&amp;tufe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Eintrag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bei Ihrem DNS-Anbieter veröffentlichen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>A parked domain goes straight to p=reject: nothing should send as it.</source>
        <translation>Eine geparkte Domain geht direkt auf p=reject: Nichts sollte in ihrem Namen senden.</translation>
    </message>
    <message>
        <source>Plan: %1. Move on only when the reports show your real mail passing.</source>
        <translation>Plan: %1. Gehen Sie erst weiter, wenn die Berichte zeigen, dass Ihre echten Mails bestehen.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation>Die Nameserver von %1 werden gesucht …</translation>
    </message>
    <message>
        <source>After you publish the record, press the button above.</source>
        <translation>Drücken Sie nach dem Veröffentlichen die Schaltfläche oben.</translation>
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
        <translation>Strenge Ausrichtung (adkim=s; aspf=s): Subdomains der Domain gelten nicht mehr als ausgerichtet. Lassen Sie das aus, außer Sie wissen, dass jeder Absender genau die Domain verwendet.</translation>
    </message>
    <message>
        <source>Existing s&amp;ubdomains:</source>
        <translation>Bestehende S&amp;ubdomains:</translation>
    </message>
    <message>
        <source>R&amp;eports to:</source>
        <translation>Berichte &amp;an:</translation>
    </message>
    <message>
        <source>Non-e&amp;xistent subdomains:</source>
        <translation>Nicht e&amp;xistierende Subdomains:</translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation>none (nur beobachten)</translation>
    </message>
    <message>
        <source>Published today: %1
The choices above start from it.</source>
        <translation>Heute veröffentlicht: %1
Die Auswahl oben geht davon aus.</translation>
    </message>
    <message>
        <source>No DMARC record is published at _dmarc.%1 yet; this will be the first.</source>
        <translation>Bei _dmarc.%1 ist noch kein DMARC-Eintrag veröffentlicht; dies wird der erste.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; its organisation&apos;s record applies to it, which amounts to: %2
The choices above start from it.</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag; für sie gilt der Eintrag ihrer Organisation, was Folgendem entspricht: %2
Die Auswahl oben geht davon aus.</translation>
    </message>
    <message>
        <source>p=reject is the last stage: keep it, and keep reading the reports.</source>
        <translation>p=reject ist die letzte Stufe: Behalten Sie sie bei und lesen Sie weiter die Berichte.</translation>
    </message>
    <message>
        <source>Reads the report files you received (.xml, .gz, .zip, .eml, mbox) on this computer and says whether the domain is ready for its next stage.</source>
        <translation>Liest die empfangenen Berichtsdateien (.xml, .gz, .zip, .eml, mbox) auf diesem Computer und sagt, ob die Domain für ihre nächste Stufe bereit ist.</translation>
    </message>
    <message>
        <source>A parked domain sends no mail: its reports show only forged mail.</source>
        <translation>Eine geparkte Domain sendet keine Mails: Ihre Berichte zeigen nur gefälschte Mails.</translation>
    </message>
    <message>
        <source>Reports: none read yet. Read them before you move %1 to the next stage.</source>
        <translation>Berichte: noch keine gelesen. Lesen Sie sie, bevor Sie %1 auf die nächste Stufe bringen.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Berichte: %1</translation>
    </message>
    <message>
        <source>Move to the next stage?</source>
        <translation>Zur nächsten Stufe wechseln?</translation>
    </message>
    <message>
        <source>The reports say: %1
Mail that fails DMARC will be %2. Move %3 on anyway?</source>
        <translation>Die Berichte sagen: %1
Mails, die DMARC nicht bestehen, werden %2. Trotzdem mit %3 zur nächsten Stufe wechseln?</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>put in the spam folder</source>
        <translation>in den Spam-Ordner verschoben</translation>
    </message>
    <message>
        <source>Rea&amp;d aggregate reports…</source>
        <translation>Sa&amp;mmelberichte lesen …</translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcReportsDialog</name>
    <message>
        <source>DMARC aggregate reports</source>
        <translation>DMARC-Sammelberichte</translation>
    </message>
    <message>
        <source>Drop report files or folders here: .xml, .gz, .zip, the report mails saved as .eml, or an mbox file. They are read on this computer; nothing is sent anywhere.</source>
        <translation>Legen Sie Berichtsdateien oder -ordner hier ab: .xml, .gz, .zip, die als .eml gespeicherten Berichtsmails oder eine mbox-Datei. Sie werden auf diesem Computer gelesen; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Lesen &amp;stoppen</translation>
    </message>
    <message>
        <source>No reports read yet.</source>
        <translation>Noch keine Berichte gelesen.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Dom&amp;ain:</translation>
    </message>
    <message>
        <source>Messages per day, passing and failing DMARC</source>
        <translation>Mails pro Tag, die DMARC bestehen und nicht bestehen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mails</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC bestanden</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF ausgerichtet</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM ausgerichtet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Sources of mail in the reports</source>
        <translation>Mailquellen in den Berichten</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Datei %1 von %2 wird gelesen …</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Aggregate report files</source>
        <translation>Sammelberichtsdateien</translation>
    </message>
    <message>
        <source>DMARC reports (*.xml *.gz *.zip *.eml *.mbox)</source>
        <translation>DMARC-Berichte (*.xml *.gz *.zip *.eml *.mbox)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A folder of aggregate reports</source>
        <translation>Ein Ordner mit Sammelberichten</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct report(s) read</source>
        <translation>
            <numerusform>%n eindeutiger Bericht gelesen</numerusform>
            <numerusform>%n eindeutige Berichte gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n seen twice, counted once)</source>
        <translation>
            <numerusform>(%n doppelt gesehen, einmal gezählt)</numerusform>
            <numerusform>(%n doppelt gesehen, einmal gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>— stopped before the end; what was read so far is shown.</source>
        <translation>— vor dem Ende gestoppt; angezeigt wird, was bis dahin gelesen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 to %4, %5 passing DMARC.</source>
        <translation>%1: %2 Mails von %3 bis %4, %5 bestehen DMARC.</translation>
    </message>
    <message>
        <source>Passing DMARC</source>
        <translation>DMARC bestanden</translation>
    </message>
    <message>
        <source>Failing DMARC</source>
        <translation>DMARC nicht bestanden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>a forwarder or mailing list</source>
        <translation>eine Weiterleitung oder Mailingliste</translation>
    </message>
    <message>
        <source>yours (your SPF or DKIM allows it)</source>
        <translation>Ihrer (Ihr SPF oder DKIM erlaubt ihn)</translation>
    </message>
    <message>
        <source>Open the &amp;training reports</source>
        <translation>&amp;Trainingsberichte öffnen</translation>
    </message>
    <message>
        <source>Loading the reports kept in the project…</source>
        <translation>Die im Projekt gespeicherten Berichte werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) kept in the project from earlier readings.</source>
        <translation>
            <numerusform>%n Bericht aus früheren Lesevorgängen im Projekt gespeichert.</numerusform>
            <numerusform>%n Berichte aus früheren Lesevorgängen im Projekt gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n kept in the project from earlier readings)</source>
        <translation>
            <numerusform>(und %n aus früheren Lesevorgängen im Projekt gespeichert)</numerusform>
            <numerusform>(und %n aus früheren Lesevorgängen im Projekt gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up &amp;names and SPF</source>
        <translation>&amp;Namen und SPF abfragen</translation>
    </message>
    <message>
        <source>Asks DNS for the name of each source of the domain shown and which part of the domain&apos;s SPF record allows it. Nothing is sent before you click.</source>
        <translation>Fragt im DNS den Namen jeder Quelle der angezeigten Domain ab und welcher Teil des SPF-Eintrags der Domain sie zulässt. Vor dem Klick wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Looking up names and SPF: %1 of %2…</source>
        <translation>Namen und SPF werden abgefragt: %1 von %2 …</translation>
    </message>
    <message>
        <source>Looking up stopped; what was found so far is shown.</source>
        <translation>Abfrage angehalten; das bisher Gefundene wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n Quelle mit %1 DNS-Abfragen nachgeschlagen.</numerusform>
            <numerusform>%n Quellen mit %1 DNS-Abfragen nachgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the plan: judged against the policy its reports show (%2).</source>
        <translation>%1 ist nicht im Plan: bewertet nach der Richtlinie, die ihre Berichte zeigen (%2).</translation>
    </message>
    <message>
        <source>none named, so p=none</source>
        <translation>keine genannt, also p=none</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (unbestätigt)</translation>
    </message>
    <message>
        <source>Allowed by SPF</source>
        <translation>Durch SPF erlaubt</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>mailauth::DnsHostPanelDialog</name>
    <message>
        <source>DNS host panel (training): %1</source>
        <translation>Panel des DNS-Anbieters (Training): %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>@ for the domain itself, or e.g. _dmarc</source>
        <translation>@ für die Domain selbst, oder z. B. _dmarc</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>Like many web panels, this one appends the zone name to what you type in Host, and stores the value exactly as typed.</source>
        <translation>Wie viele Web-Panels hängt dieses den Zonennamen an die Eingabe im Feld „Host“ an und speichert den Wert genau so, wie er eingegeben wurde.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 %3</source>
        <translation>Gespeichert: %1 %2 %3</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: %1</source>
        <translation>Hinweis für die Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
    </message>
    <message>
        <source>Deleted: %1 %2</source>
        <translation>Gelöscht: %1 %2</translation>
    </message>
</context>
<context>
    <name>mailauth::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
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
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show MailAuth Wizard in another language, at once; remembered for the next start.</source>
        <translation>MailAuth Wizard sofort in einer anderen Sprache anzeigen; wird für den nächsten Start gespeichert.</translation>
    </message>
</context>
<context>
    <name>mailauth::MessageAnalysisDialog</name>
    <message>
        <source>%1 s (clocks differ)</source>
        <translation>%1 s (Uhren weichen ab)</translation>
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
        <translation>DKIM für %1 nachweisen</translation>
    </message>
    <message>
        <source>Analyze a message</source>
        <translation>Nachricht analysieren</translation>
    </message>
    <message>
        <source>Send a message from a mailbox of %1 to a mailbox outside your organisation (Gmail, Outlook.com, a partner), open it there and paste its header (Outlook: View &gt; View message source; Gmail: Show original), or drop the saved .eml here.</source>
        <translation>Senden Sie eine Nachricht von einem Postfach von %1 an ein Postfach außerhalb Ihrer Organisation (Gmail, Outlook.com, ein Partner), öffnen Sie sie dort und fügen Sie ihren Nachrichtenkopf ein (Outlook: Ansicht &gt; Nachrichtenquelle anzeigen; Gmail: Original anzeigen), oder legen Sie die gespeicherte .eml-Datei hier ab.</translation>
    </message>
    <message>
        <source>Paste a message header (Outlook: View &gt; View message source; Gmail: Show original) or a whole message, or drop a saved .eml here.</source>
        <translation>Fügen Sie einen Nachrichtenkopf (Outlook: Ansicht &gt; Nachrichtenquelle anzeigen; Gmail: Original anzeigen) oder eine ganze Nachricht ein, oder legen Sie eine gespeicherte .eml-Datei hier ab.</translation>
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
        <translation>Nachrichten&amp;kopf oder ganze Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Open a .eml file…</source>
        <translation>.eml-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Get a test message from the &amp;training tenant</source>
        <translation>Testnachricht vom &amp;Trainingsmandanten abrufen</translation>
    </message>
    <message>
        <source>Signed by (d=)</source>
        <translation>Signiert von (d=)</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Kanonisierung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>&amp;DKIM signatures</source>
        <translation>&amp;DKIM-Signaturen</translation>
    </message>
    <message>
        <source>Authentication-&amp;Results</source>
        <translation>Authentication-&amp;Results</translation>
    </message>
    <message>
        <source>Microsoft anti-&amp;spam</source>
        <translation>Microsoft-Anti-&amp;Spam</translation>
    </message>
    <message>
        <source>Rout&amp;e</source>
        <translation>Rout&amp;e</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg.txt *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.msg.txt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Last proof, %1: %2</source>
        <translation>Letzter Nachweis, %1: %2</translation>
    </message>
    <message>
        <source>Paste a header or drop a message to analyze it.</source>
        <translation>Fügen Sie einen Nachrichtenkopf ein oder legen Sie eine Nachricht hier ab, um sie zu analysieren.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not a message this tool reads.</source>
        <translation>%1 ist größer als %2 MiB: keine Nachricht, die dieses Tool liest.</translation>
    </message>
    <message>
        <source>Analyzing… (keys and DMARC records are fetched from DNS)</source>
        <translation>Wird analysiert… (Schlüssel und DMARC-Einträge werden aus dem DNS abgerufen)</translation>
    </message>
    <message>
        <source>DNS did not answer every question in time: %1</source>
        <translation>Das DNS hat nicht alle Anfragen rechtzeitig beantwortet: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>key at %1</source>
        <translation>Schlüssel unter %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1-bit %2</source>
        <translation>%1-Bit-%2</translation>
    </message>
    <message>
        <source>(no DKIM-Signature field)</source>
        <translation>(kein DKIM-Signature-Feld)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Authentication-Results by %1</source>
        <translation>Authentication-Results von %1</translation>
    </message>
    <message>
        <source>(no name: Microsoft 365)</source>
        <translation>(kein Name: Microsoft 365)</translation>
    </message>
    <message>
        <source>ARC-Authentication-Results i=%1 by %2</source>
        <translation>ARC-Authentication-Results i=%1 von %2</translation>
    </message>
    <message>
        <source>(none: the receiver is not Microsoft 365)</source>
        <translation>(keine: Der empfangende Server ist nicht Microsoft 365)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Kept in the project as the proof for %1 (%2).</source>
        <translation>Im Projekt als Nachweis für %1 gespeichert (%2).</translation>
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
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation>Gesehener Wert</translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation>Erwartet in</translation>
    </message>
    <message>
        <source>%v of %m servers see the record</source>
        <translation>%v von %m Servern sehen den Eintrag</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Beobachten &amp;beenden</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Watching for %1</source>
        <translation>Beobachtet seit %1</translation>
    </message>
    <message>
        <source>Confirmed after %1</source>
        <translation>Bestätigt nach %1</translation>
    </message>
    <message>
        <source>· about %1 left</source>
        <translation>· noch etwa %1</translation>
    </message>
    <message>
        <source>Watching %1 %2…</source>
        <translation>%1 %2 wird beobachtet …</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Servers asked</source>
        <translation>Abgefragte Server</translation>
    </message>
    <message>
        <source>(simulated time paused)</source>
        <translation>(simulierte Zeit angehalten)</translation>
    </message>
    <message>
        <source>Every server checked saw this record on %1. Press the button above to watch it again.</source>
        <translation>Alle geprüften Server haben diesen Eintrag am %1 gesehen. Drücken Sie die Schaltfläche oben, um ihn erneut zu beobachten.</translation>
    </message>
    <message>
        <source>%1: every server checked saw it on %2. Press the button above to watch it again.</source>
        <translation>%1: Alle geprüften Server haben ihn am %2 gesehen. Drücken Sie die Schaltfläche oben, um ihn erneut zu beobachten.</translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationWatcher</name>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is visible everywhere: %n server(s) confirmed it.</source>
        <translation>
            <numerusform>%1 %2 ist überall sichtbar: %n Server hat ihn bestätigt.</numerusform>
            <numerusform>%1 %2 ist überall sichtbar: %n Server haben ihn bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>still serves &quot;%1&quot;</source>
        <translation>liefert noch „%1“</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(not asked: the authoritative servers do not all have the record yet)</source>
        <translation>(nicht gefragt: noch nicht alle autoritativen Server haben den Eintrag)</translation>
    </message>
    <message numerus="yes">
        <source>Not confirmed by %n server(s): %1</source>
        <translation>
            <numerusform>Nicht bestätigt von %n Server: %1</numerusform>
            <numerusform>Nicht bestätigt von %n Servern: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::RecordCheckPanel</name>
    <message>
        <source>SPF (TXT at the domain)</source>
        <translation>SPF (TXT an der Domain)</translation>
    </message>
    <message>
        <source>DMARC (TXT at _dmarc)</source>
        <translation>DMARC (TXT unter _dmarc)</translation>
    </message>
    <message>
        <source>DKIM key (TXT at selector._domainkey)</source>
        <translation>DKIM-Schlüssel (TXT unter selector._domainkey)</translation>
    </message>
    <message>
        <source>contoso.com (optional; enables the subdomain and report checks)</source>
        <translation>contoso.com (optional; aktiviert die Prüfungen für Subdomains und Berichte)</translation>
    </message>
    <message>
        <source>Paste the record here, for example v=spf1 include:spf.protection.outlook.com -all</source>
        <translation>Fügen Sie den Eintrag hier ein, zum Beispiel v=spf1 include:spf.protection.outlook.com -all</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>Eintrags&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>Paste a record to check it.</source>
        <translation>Fügen Sie einen Eintrag ein, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Valid SPF record.</source>
        <translation>Gültiger SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Not valid: receivers return permerror and ignore it.</source>
        <translation>Nicht gültig: Empfänger melden permerror und ignorieren ihn.</translation>
    </message>
    <message>
        <source>Not valid: receivers ignore this record.</source>
        <translation>Nicht gültig: Empfänger ignorieren diesen Eintrag.</translation>
    </message>
    <message>
        <source>Valid DMARC record; receivers apply p=%1.</source>
        <translation>Gültiger DMARC-Eintrag; Empfänger wenden p=%1 an.</translation>
    </message>
    <message>
        <source>Not valid: verifiers cannot use this key.</source>
        <translation>Nicht gültig: Prüfer können diesen Schlüssel nicht verwenden.</translation>
    </message>
    <message>
        <source>Valid DKIM key record, %1-bit key.</source>
        <translation>Gültiger DKIM-Schlüsseleintrag, %1-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>Valid DKIM key record without a key (revoked).</source>
        <translation>Gültiger DKIM-Schlüsseleintrag ohne Schlüssel (widerrufen).</translation>
    </message>
    <message>
        <source>Not valid: it has errors that defeat its purpose; fix them before publishing.</source>
        <translation>Nicht gültig: Er hat Fehler, die seinen Zweck vereiteln; beheben Sie sie vor dem Veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>mailauth::RecordView</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(leer lassen)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Enter the Azure resource group that holds the zone on the Tenant page to see the Azure DNS commands (Azure PowerShell and Azure CLI) for these records.</source>
        <translation>Tragen Sie auf der Mandantenseite die Azure-Ressourcengruppe der Zone ein, um die Azure-DNS-Befehle (Azure PowerShell und Azure CLI) für diese Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Replaces today&apos;s MX records (%1): delete every one of them; a null MX must be the only MX record.</source>
        <translation>Ersetzt die heutigen MX-Einträge (%1): Löschen Sie jeden davon; ein Null-MX muss der einzige MX-Eintrag sein.</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n of today&apos;s %1 records (%2): change it (or delete them) instead of adding another one.</source>
        <translation>
            <numerusform>Ersetzt den heutigen %1-Eintrag (%2): Ändern Sie ihn (oder löschen Sie ihn), statt einen weiteren hinzuzufügen.</numerusform>
            <numerusform>Ersetzt %n heutige %1-Einträge (%2): Löschen Sie alle, statt einen weiteren hinzuzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutPlan</name>
    <message>
        <source>The initial domain of a %1 tenant has the form name%2 (Microsoft 365 admin center, Settings &gt; Domains).</source>
        <translation>Die Anfangsdomain eines %1-Mandanten hat die Form name%2 (Microsoft 365 Admin Center, Einstellungen &gt; Domänen).</translation>
    </message>
    <message>
        <source>%1 is a Microsoft initial domain: Microsoft already publishes its SPF and signs it with DKIM, and its DMARC record is added in the Microsoft 365 admin center. Enter your custom domains here.</source>
        <translation>%1 ist eine Anfangsdomain von Microsoft: Microsoft veröffentlicht ihren SPF-Eintrag bereits und signiert sie mit DKIM, ihr DMARC-Eintrag wird im Microsoft 365 Admin Center angelegt. Geben Sie hier Ihre eigenen Domains ein.</translation>
    </message>
    <message>
        <source>Enter at least one domain, for example contoso.com.</source>
        <translation>Geben Sie mindestens eine Domain ein, zum Beispiel contoso.com.</translation>
    </message>
    <message>
        <source>This output is for %1, not %2: run the script for %2 and paste what it printed.</source>
        <translation>Diese Ausgabe gehört zu %1, nicht zu %2: Führen Sie das Skript für %2 aus und fügen Sie dessen Ausgabe ein.</translation>
    </message>
    <message>
        <source>Paste the DKIM output for %1, or choose to do its DKIM later, to go on.</source>
        <translation>Fügen Sie die DKIM-Ausgabe für %1 ein oder wählen Sie, DKIM dafür später einzurichten, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The DMARC record for %1 has problems; fix them to go on.</source>
        <translation>Der DMARC-Eintrag für %1 hat Probleme; beheben Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>your own servers</source>
        <translation>Ihre eigenen Server</translation>
    </message>
    <message>
        <source>servers named in the domain&apos;s own DNS</source>
        <translation>im DNS der Domain selbst genannte Server</translation>
    </message>
    <message>
        <source>What %1 publishes today is unknown: DNS did not answer. Check it again before changing its records.</source>
        <translation>Was %1 heute veröffentlicht, ist unbekannt: Das DNS hat nicht geantwortet. Prüfen Sie erneut, bevor Sie ihre Einträge ändern.</translation>
    </message>
    <message>
        <source>The SPF record for %1 has problems; fix them to go on.</source>
        <translation>Der SPF-Eintrag für %1 hat Probleme; beheben Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>The SPF record for %1 would remove or loosen what is published today; confirm each change or undo it to go on.</source>
        <translation>Der SPF-Eintrag für %1 würde entfernen oder lockern, was heute veröffentlicht ist; bestätigen Sie jede Änderung oder nehmen Sie sie zurück, um fortzufahren.</translation>
    </message>
    <message>
        <source>The DMARC record for %1 would protect less than the one published today; confirm each change or undo it to go on.</source>
        <translation>Der DMARC-Eintrag für %1 würde weniger schützen als der heute veröffentlichte; bestätigen Sie jede Änderung oder nehmen Sie sie zurück, um fortzufahren.</translation>
    </message>
    <message>
        <source>The SPF record for %1 needs more than 10 DNS lookups; shorten it or confirm that you publish it anyway.</source>
        <translation>Der SPF-Eintrag für %1 braucht mehr als 10 DNS-Abfragen; kürzen Sie ihn oder bestätigen Sie, dass Sie ihn trotzdem veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutWizard</name>
    <message>
        <source>MailAuth Wizard</source>
        <translation>MailAuth-Assistent</translation>
    </message>
    <message>
        <source>Check a &amp;record…</source>
        <translation>Eintrag &amp;prüfen …</translation>
    </message>
    <message>
        <source>Check a record</source>
        <translation>Eintrag prüfen</translation>
    </message>
    <message>
        <source>Record visible everywhere</source>
        <translation>Eintrag überall sichtbar</translation>
    </message>
    <message>
        <source>%1: %2 is confirmed by every server.</source>
        <translation>%1: %2 ist von jedem Server bestätigt.</translation>
    </message>
    <message>
        <source>Sa&amp;ve project…</source>
        <translation>Projekt spei&amp;chern …</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth)</source>
        <translation>MailAuth-Assistent-Projekte (*.mailauth)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>TRAINING: %1 - MailAuth Wizard</source>
        <translation>TRAINING: %1 – MailAuth Wizard</translation>
    </message>
    <message>
        <source>%1 - MailAuth Wizard</source>
        <translation>%1 – MailAuth Wizard</translation>
    </message>
    <message>
        <source>MailAuth Wizard (not saved: %1)</source>
        <translation>MailAuth Wizard (nicht gespeichert: %1)</translation>
    </message>
    <message>
        <source>Anal&amp;yze a message…</source>
        <translation>Nachricht anal&amp;ysieren…</translation>
    </message>
    <message>
        <source>A training session is not saved as a project: it would reopen against real DNS and a real tenant. Export the hand-over report from the summary page to keep what the class did.</source>
        <translation>Eine Trainingssitzung wird nicht als Projekt gespeichert: Sie würde mit echtem DNS und einem echten Mandanten wieder geöffnet. Exportieren Sie den Übergabebericht auf der Zusammenfassungsseite, um festzuhalten, was die Gruppe erarbeitet hat.</translation>
    </message>
    <message>
        <source>End the training session?</source>
        <translation>Trainingssitzung beenden?</translation>
    </message>
    <message>
        <source>Closing ends this training session. The simulated DNS, tenant and clock are not kept, so the exercise starts again from the beginning next time.</source>
        <translation>Beim Schließen endet diese Trainingssitzung. Das simulierte DNS, der Mandant und die Uhr werden nicht aufbewahrt, daher beginnt die Übung beim nächsten Mal wieder von vorn.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Keep practising</source>
        <translation>Weiter üben</translation>
    </message>
    <message>
        <source>Opening a project ends this training session. The simulated DNS, tenant and clock are not kept.</source>
        <translation>Das Öffnen eines Projekts beendet diese Trainingssitzung. Das simulierte DNS, der Mandant und die Uhr werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>End it and open the project</source>
        <translation>Beenden und das Projekt öffnen</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; ends this training session. The simulated DNS, tenant and clock are not kept.</source>
        <translation>Der Start von „%1“ beendet diese Trainingssitzung. Das simulierte DNS, der Mandant und die Uhr werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>End it and start the other</source>
        <translation>Beenden und das andere starten</translation>
    </message>
    <message>
        <source>This training session is already open in another window.</source>
        <translation>Diese Trainingssitzung ist bereits in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>TRAINING: %1 - MailAuth Wizard (not saved: %2)</source>
        <translation>TRAINING: %1 – MailAuth Wizard (nicht gespeichert: %2)</translation>
    </message>
    <message>
        <source>Discard the interrupted session on the welcome page, then start the scenario again.</source>
        <translation>Verwerfen Sie die unterbrochene Sitzung auf der Willkommensseite und starten Sie das Szenario neu.</translation>
    </message>
</context>
<context>
    <name>mailauth::SimulatedDnsServer</name>
    <message>
        <source>The training DNS server could not open a port on this computer: %1</source>
        <translation>Der Trainings-DNS-Server konnte auf diesem Computer keinen Port öffnen: %1</translation>
    </message>
</context>
<context>
    <name>mailauth::SpfPage</name>
    <message>
        <source>SPF: who may send mail as your domain</source>
        <translation>SPF: Wer im Namen Ihrer Domain senden darf</translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail with your domain in the envelope sender. One record per domain; Microsoft 365 is included for your cloud, add the other services you use.</source>
        <translation>SPF listet die Server auf, die Mails mit Ihrer Domain als Umschlagabsender senden dürfen. Ein Eintrag pro Domain; Microsoft 365 ist für Ihre Cloud enthalten, fügen Sie die anderen genutzten Dienste hinzu.</translation>
    </message>
    <message>
        <source>%1 (include:%2)</source>
        <translation>%1 (include:%2)</translation>
    </message>
    <message>
        <source>other includes, e.g. spf.example-crm.com</source>
        <translation>weitere Includes, z. B. spf.example-crm.com</translation>
    </message>
    <message>
        <source>on-premises IPv4 addresses or ranges, e.g. 192.0.2.25 198.51.100.0/28</source>
        <translation>lokale IPv4-Adressen oder -Bereiche, z. B. 192.0.2.25 198.51.100.0/28</translation>
    </message>
    <message>
        <source>IPv6 addresses or ranges</source>
        <translation>IPv6-Adressen oder -Bereiche</translation>
    </message>
    <message>
        <source>-all: reject mail from servers not listed (recommended by Microsoft with DKIM and DMARC)</source>
        <translation>-all: Mails von nicht aufgeführten Servern abweisen (von Microsoft zusammen mit DKIM und DMARC empfohlen)</translation>
    </message>
    <message>
        <source>~all: mark it as suspicious but accept it (only while you are still finding senders)</source>
        <translation>~all: als verdächtig markieren, aber annehmen (nur solange Sie noch Absender suchen)</translation>
    </message>
    <message>
        <source>On-premises servers that send mail: either list their public addresses here, or relay them through Exchange Online with an inbound connector, so Microsoft signs their mail with DKIM and they need no SPF entry of their own.</source>
        <translation>Lokale Server, die Mails senden: Tragen Sie entweder ihre öffentlichen Adressen hier ein, oder leiten Sie sie über einen eingehenden Connector durch Exchange Online, dann signiert Microsoft ihre Mails mit DKIM und sie brauchen keinen eigenen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Start from a new record instead</source>
        <translation>Stattdessen mit einem neuen Eintrag beginnen</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The record has no problems.</source>
        <translation>Der Eintrag hat keine Probleme.</translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation>Ist &amp;veröffentlicht: DNS beobachten</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>Other &amp;senders:</source>
        <translation>Weitere &amp;Absender:</translation>
    </message>
    <message>
        <source>More &amp;includes:</source>
        <translation>Weitere &amp;Includes:</translation>
    </message>
    <message>
        <source>IPv&amp;4:</source>
        <translation>IPv&amp;4:</translation>
    </message>
    <message>
        <source>IPv&amp;6:</source>
        <translation>IPv&amp;6:</translation>
    </message>
    <message>
        <source>Servers not listed:</source>
        <translation>Nicht aufgeführte Server:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Eintrag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bei Ihrem DNS-Anbieter veröffentlichen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 sends no mail: its SPF record refuses every server, and a wildcard record covers its subdomains where your DNS host allows it.</source>
        <translation>%1 sendet keine Mails: Ihr SPF-Eintrag lehnt jeden Server ab, und ein Platzhalter-Eintrag deckt ihre Subdomains ab, wo Ihr DNS-Anbieter das erlaubt.</translation>
    </message>
    <message>
        <source>Published today: %1</source>
        <translation>Heute veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed (duplicates or never evaluated): %1</source>
        <translation>Entfernt (doppelt oder nie ausgewertet): %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>No SPF record is published yet; this will be the first.</source>
        <translation>Es ist noch kein SPF-Eintrag veröffentlicht; dies wird der erste.</translation>
    </message>
    <message>
        <source>(no record yet)</source>
        <translation>(noch kein Eintrag)</translation>
    </message>
    <message>
        <source>✗ %1 Correct or remove the entry.</source>
        <translation>✗ %1 Korrigieren oder entfernen Sie die Angabe.</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of 10</source>
        <translation>DNS-Abfragen: %1 von 10</translation>
    </message>
    <message>
        <source>(still counting…)</source>
        <translation>(wird noch gezählt …)</translation>
    </message>
    <message>
        <source>· %1 of 2 empty lookups</source>
        <translation>· %1 von 2 leeren Abfragen</translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation>Die Nameserver von %1 werden gesucht …</translation>
    </message>
    <message>
        <source>After you publish the record, press the button above: the wizard asks the zone&apos;s own servers first and the public resolvers once those have it.</source>
        <translation>Drücken Sie nach dem Veröffentlichen die Schaltfläche oben: Der Assistent fragt zuerst die Server der Zone und die öffentlichen Resolver erst, wenn jene den Eintrag haben.</translation>
    </message>
    <message>
        <source>DNS lookups: at least %1 of 10</source>
        <translation>DNS-Abfragen: mindestens %1 von 10</translation>
    </message>
    <message>
        <source>Publish it over the limit anyway</source>
        <translation>Trotzdem über der Grenze veröffentlichen</translation>
    </message>
    <message>
        <source>Term (untick to remove)</source>
        <translation>Term (Häkchen entfernen zum Löschen)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message numerus="yes">
        <source>Published today: %n SPF records, so receivers ignore all of them. They are merged into the one below; delete all of them when you publish it:</source>
        <translation>
            <numerusform>Heute veröffentlicht: %n SPF-Eintrag, daher ignorieren Empfänger ihn. Er wird in den Eintrag unten übernommen; löschen Sie ihn, wenn Sie diesen veröffentlichen:</numerusform>
            <numerusform>Heute veröffentlicht: %n SPF-Einträge, daher ignorieren Empfänger alle. Sie werden im Eintrag unten zusammengeführt; löschen Sie alle, wenn Sie ihn veröffentlichen:</numerusform>
        </translation>
    </message>
    <message>
        <source>You chose to start from a new record: what is published is not kept.</source>
        <translation>Sie haben gewählt, mit einem neuen Eintrag zu beginnen: Das Veröffentlichte wird nicht übernommen.</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>depends on the sender (macro)</source>
        <translation>hängt vom Absender ab (Makro)</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>• %1 (spart %n Abfrage)</numerusform>
            <numerusform>• %1 (spart %n Abfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No term can simply go: move senders that support it to a subdomain, or ask them for an include with fewer lookups.</source>
        <translation>Kein Term kann einfach entfallen: Verlegen Sie Absender, die es unterstützen, auf eine Subdomain, oder fragen Sie sie nach einem include mit weniger Abfragen.</translation>
    </message>
    <message>
        <source>Even all of this leaves the record over the limit; a sender must move to a subdomain.</source>
        <translation>Selbst all das lässt den Eintrag über der Grenze; ein Absender muss auf eine Subdomain umziehen.</translation>
    </message>
    <message>
        <source>Terms of the record and their DNS lookups</source>
        <translation>Bestandteile des Eintrags und ihre DNS-Abfragen</translation>
    </message>
</context>
<context>
    <name>mailauth::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Where each domain stands now compared with the start, and what to do next and when.</source>
        <translation>Wo jede Domain jetzt im Vergleich zum Anfang steht, und was als Nächstes wann zu tun ist.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF-Eintrag</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC-Eintrag</translation>
    </message>
    <message>
        <source>DKIM %1 CNAME</source>
        <translation>DKIM-CNAME %1</translation>
    </message>
    <message numerus="yes">
        <source>  ✓ %1 confirmed on %2 by %n server(s)</source>
        <translation>
            <numerusform>  ✓ %1 am %2 von %n Server bestätigt</numerusform>
            <numerusform>  ✓ %1 am %2 von %n Servern bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>  • %1: not confirmed yet</source>
        <translation>  • %1: noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>&amp;PowerShell bundle…</source>
        <translation>Power&amp;Shell-Paket…</translation>
    </message>
    <message>
        <source>Report (P&amp;DF)…</source>
        <translation>Bericht (P&amp;DF)…</translation>
    </message>
    <message>
        <source>Audit (&amp;JSON)…</source>
        <translation>Prüfung (&amp;JSON)…</translation>
    </message>
    <message>
        <source>BIND zone lines (*.zone);;CSV for import (*.csv);;Windows DNS Server commands (*.ps1);;Azure DNS commands (*.ps1)</source>
        <translation>BIND-Zonenzeilen (*.zone);;CSV zum Import (*.csv);;Befehle für Windows-DNS-Server (*.ps1);;Befehle für Azure DNS (*.ps1)</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>  • %1 On %2 (%3).</source>
        <translation>  • %1 Am %2 (%3).</translation>
    </message>
    <message>
        <source>DNS re&amp;cords…</source>
        <translation>DNS-Einträ&amp;ge…</translation>
    </message>
    <message>
        <source>Report (HT&amp;ML)…</source>
        <translation>Bericht (HT&amp;ML)…</translation>
    </message>
    <message>
        <source>  ✓ %1 already published (found by the latest check)</source>
        <translation>  ✓ %1 bereits veröffentlicht (von der letzten Prüfung gefunden)</translation>
    </message>
    <message>
        <source>  %1 DKIM test message of %2: %3</source>
        <translation>  %1 DKIM-Testnachricht vom %2: %3</translation>
    </message>
    <message>
        <source>  • DKIM: no test message checked yet (DKIM page, step 6)</source>
        <translation>  • DKIM: noch keine Testnachricht geprüft (DKIM-Seite, Schritt 6)</translation>
    </message>
</context>
<context>
    <name>mailauth::TenantPage</name>
    <message>
        <source>Tenant and domains</source>
        <translation>Mandant und Domains</translation>
    </message>
    <message>
        <source>Which domains should be protected, which Microsoft 365 tenant sends their mail, and where their DNS is managed. The DNS host decides how the records are shown to you.</source>
        <translation>Welche Domains geschützt werden sollen, welcher Microsoft-365-Mandant ihre Mails sendet und wo ihr DNS verwaltet wird. Der DNS-Anbieter bestimmt, wie Ihnen die Einträge gezeigt werden.</translation>
    </message>
    <message>
        <source>optional, e.g. Contoso Ltd</source>
        <translation>optional, z. B. Contoso GmbH</translation>
    </message>
    <message>
        <source>One domain per line, e.g.
contoso.com
contoso.net</source>
        <translation>Eine Domain pro Zeile, z. B.
contoso.com
contoso.net</translation>
    </message>
    <message>
        <source>Tick a domain that sends no mail at all: it gets records that refuse all mail in its name.</source>
        <translation>Haken Sie eine Domain an, die überhaupt keine Mails sendet: Sie erhält Einträge, die alle Mails in ihrem Namen ablehnen.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation>contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domains:</translation>
    </message>
    <message>
        <source>Parked (sends no mail):</source>
        <translation>Geparkt (sendet keine Mails):</translation>
    </message>
    <message>
        <source>&amp;Initial domain:</source>
        <translation>&amp;Anfangsdomain:</translation>
    </message>
    <message>
        <source>&amp;Microsoft cloud:</source>
        <translation>&amp;Microsoft-Cloud:</translation>
    </message>
    <message>
        <source>The initial domain is the *.onmicrosoft.com name Microsoft gave the tenant (admin center, Settings &gt; Domains). Microsoft already publishes its SPF and signs its mail with DKIM; its DMARC record is added in the admin center: Settings &gt; Domains &gt; the onmicrosoft.com domain &gt; DNS records &gt; Add record, type TXT, name _dmarc, value v=DMARC1; p=reject.</source>
        <translation>Die Anfangsdomain ist der *.onmicrosoft.com-Name, den Microsoft dem Mandanten gegeben hat (Admin Center, Einstellungen &gt; Domänen). Microsoft veröffentlicht ihren SPF-Eintrag bereits und signiert ihre Mails mit DKIM; ihr DMARC-Eintrag wird im Admin Center angelegt: Einstellungen &gt; Domänen &gt; die onmicrosoft.com-Domain &gt; DNS-Einträge &gt; Eintrag hinzufügen, Typ TXT, Name _dmarc, Wert v=DMARC1; p=reject.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s initial domain (%1).</source>
        <translation>Geben Sie die Anfangsdomain des Mandanten ein (%1).</translation>
    </message>
    <message>
        <source>optional: who does the rollout (shown in the hand-over report)</source>
        <translation>optional: wer die Einführung durchführt (steht im Übergabebericht)</translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation>Bera&amp;ter:</translation>
    </message>
    <message>
        <source>DNS hosted &amp;at:</source>
        <translation>DNS gehostet &amp;bei:</translation>
    </message>
    <message>
        <source>e.g. rg-dns (Azure portal: DNS zones &gt; the zone &gt; Resource group)</source>
        <translation>z. B. rg-dns (Azure-Portal: DNS-Zonen &gt; die Zone &gt; Ressourcengruppe)</translation>
    </message>
    <message>
        <source>The Azure DNS commands (PowerShell and Azure CLI) name this resource group.</source>
        <translation>Die Azure-DNS-Befehle (PowerShell und Azure CLI) nennen diese Ressourcengruppe.</translation>
    </message>
    <message>
        <source>Azure resource &amp;group:</source>
        <translation>Azure-Ressourcen&amp;gruppe:</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingAutosave</name>
    <message>
        <source>The training session is too large to save.</source>
        <translation>Die Trainingssitzung ist zu groß zum Speichern.</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSession</name>
    <message>
        <source>The training data is missing from this build. Install MailAuth Wizard again.</source>
        <translation>Die Trainingsdaten fehlen in diesem Build. Installieren Sie MailAuth Wizard erneut.</translation>
    </message>
    <message>
        <source>the DNS host panel refuses the record again: %1</source>
        <translation>das Panel des DNS-Anbieters lehnt den Eintrag erneut ab: %1</translation>
    </message>
    <message>
        <source>there is no record %1 %2 &quot;%3&quot; to delete.</source>
        <translation>es gibt keinen Eintrag %1 %2 „%3“ zum Löschen.</translation>
    </message>
    <message>
        <source>the key script cannot have created the signing configuration of %1 then.</source>
        <translation>das Schlüsselskript kann die Signaturkonfiguration von %1 zu diesem Zeitpunkt nicht angelegt haben.</translation>
    </message>
    <message>
        <source>the enable script cannot have switched signing on for %1 then.</source>
        <translation>das Aktivierungsskript kann die Signatur für %1 zu diesem Zeitpunkt nicht eingeschaltet haben.</translation>
    </message>
    <message>
        <source>The saved session has no valid simulated time.</source>
        <translation>Die gespeicherte Sitzung hat keine gültige simulierte Zeit.</translation>
    </message>
    <message>
        <source>Action %1 of the saved session is later than the session&apos;s time.</source>
        <translation>Aktion %1 der gespeicherten Sitzung liegt nach der Zeit der Sitzung.</translation>
    </message>
    <message>
        <source>Action %1 of the saved session cannot be replayed: %2</source>
        <translation>Aktion %1 der gespeicherten Sitzung lässt sich nicht wiederholen: %2</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSidePanel</name>
    <message>
        <source>TRAINING: simulated DNS and a simulated tenant. Nothing real is changed.</source>
        <translation>TRAINING: simuliertes DNS und ein simulierter Mandant. Nichts Echtes wird geändert.</translation>
    </message>
    <message>
        <source>Check &amp;goals</source>
        <translation>Ziele prü&amp;fen</translation>
    </message>
    <message>
        <source>DNS &amp;host panel…</source>
        <translation>DNS-Anbieter-Pane&amp;l…</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <translation>Simulierte Zeit:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hints&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinweise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Erreicht: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Every goal reached. Well done!</source>
        <translation>Alle Ziele erreicht. Gut gemacht!</translation>
    </message>
    <message>
        <source>%1 of %2 goals reached.</source>
        <translation>%1 von %2 Zielen erreicht.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stops the simulated clock: caches, delays and the watchers&apos; ETAs wait until you resume.</source>
        <translation>Hält die simulierte Uhr an: Caches, Verzögerungen und die voraussichtlichen Zeiten der Beobachtung warten, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Skip 1 hour</source>
        <translation>1 Stunde überspringen</translation>
    </message>
    <message>
        <source>Moves the simulated clock one hour ahead: caches expire and delays pass as if you had waited.</source>
        <translation>Stellt die simulierte Uhr eine Stunde vor: Caches laufen ab und Verzögerungen vergehen, als hätten Sie gewartet.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>day %1, %2 h %3 min</source>
        <translation>Tag %1, %2 h %3 min</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>Another scenario…</source>
        <translation>Anderes Szenario …</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingWorld</name>
    <message>
        <source>Primary name server</source>
        <translation>Primärer Nameserver</translation>
    </message>
    <message>
        <source>Secondary name server</source>
        <translation>Sekundärer Nameserver</translation>
    </message>
    <message>
        <source>Internet provider&apos;s resolver</source>
        <translation>Resolver des Internetanbieters</translation>
    </message>
    <message>
        <source>Public resolver</source>
        <translation>Öffentlicher Resolver</translation>
    </message>
</context>
<context>
    <name>mailauth::WeakeningList</name>
    <message>
        <source>Yes, make this change:</source>
        <translation>Ja, diese Änderung vornehmen:</translation>
    </message>
    <message>
        <source>Yes, make this change: %1</source>
        <translation>Ja, diese Änderung vornehmen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These changes take away part of what is published today&lt;/b&gt; (protection, a sender, reports or mail delivery). Each one is made only if you tick it:</source>
        <translation>&lt;b&gt;Diese Änderungen nehmen einen Teil dessen weg, was heute veröffentlicht ist&lt;/b&gt; (Schutz, einen Absender, Berichte oder die Zustellung von Mail). Jede wird nur vorgenommen, wenn Sie sie ankreuzen:</translation>
    </message>
</context>
<context>
    <name>mailauth::WelcomePage</name>
    <message>
        <source>Welcome to MailAuth Wizard</source>
        <translation>Willkommen beim MailAuth-Assistenten</translation>
    </message>
    <message>
        <source>This wizard takes your Microsoft 365 domain from &quot;anyone can send mail in our name&quot; to SPF, DKIM and DMARC in force, one checked step at a time.</source>
        <translation>Dieser Assistent bringt Ihre Microsoft-365-Domain von „jeder kann in unserem Namen senden“ zu wirksamem SPF, DKIM und DMARC – Schritt für Schritt, jeder Schritt geprüft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will happen&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You name your domains, your tenant and where your DNS is hosted.&lt;/li&gt;&lt;li&gt;The wizard checks what DNS says today and lists what is missing or wrong.&lt;/li&gt;&lt;li&gt;SPF: it composes one correct record with the senders you use.&lt;/li&gt;&lt;li&gt;DKIM: it gives you the Exchange Online PowerShell to run, reads back the two CNAME targets you paste in, and tells you when to switch signing on.&lt;/li&gt;&lt;li&gt;DMARC: it starts with monitoring (p=none) and plans the steps to quarantine and reject.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;How long it takes&lt;/b&gt;: DNS changes usually appear within minutes to a few hours, but caches can keep old answers for up to a day or two, and Microsoft may need hours (sometimes days) to see new DKIM records. After each record you publish, the wizard watches every server and tells you when the world sees it, while you go on with the next step.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;: access to your DNS host&apos;s control panel, and an Exchange Online administrator role (Exchange Administrator or Global Administrator) to run the DKIM commands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was passiert&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sie nennen Ihre Domains, Ihren Mandanten und wo Ihr DNS gehostet wird.&lt;/li&gt;&lt;li&gt;Der Assistent prüft, was das DNS heute sagt, und listet auf, was fehlt oder falsch ist.&lt;/li&gt;&lt;li&gt;SPF: Er stellt einen korrekten Eintrag mit den Absendern zusammen, die Sie nutzen.&lt;/li&gt;&lt;li&gt;DKIM: Er gibt Ihnen das auszuführende Exchange-Online-PowerShell, liest die beiden eingefügten CNAME-Ziele zurück und sagt Ihnen, wann Sie die Signatur einschalten.&lt;/li&gt;&lt;li&gt;DMARC: Er beginnt mit Beobachten (p=none) und plant die Schritte zu quarantine und reject.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Wie lange es dauert&lt;/b&gt;: DNS-Änderungen erscheinen meist innerhalb von Minuten bis wenigen Stunden, Caches können alte Antworten aber bis zu ein, zwei Tage behalten, und Microsoft kann Stunden (manchmal Tage) brauchen, um neue DKIM-Einträge zu sehen. Nach jedem veröffentlichten Eintrag beobachtet der Assistent jeden Server und meldet, wann die Welt ihn sieht – während Sie mit dem nächsten Schritt weitermachen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was Sie brauchen&lt;/b&gt;: Zugang zum Kontrollfeld Ihres DNS-Anbieters und eine Exchange-Online-Administratorrolle (Exchange-Administrator oder globaler Administrator), um die DKIM-Befehle auszuführen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open a saved project…</source>
        <translation>Gespeichertes Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth);;All files (*)</source>
        <translation>MailAuth-Assistent-Projekte (*.mailauth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation>Im Trainingsmodus üben</translation>
    </message>
    <message>
        <source>No real domain at hand, or learning first? Training mode runs this wizard against a simulated DNS host, name servers and Exchange Online. Nothing real is changed, and simulated DNS can run up to 60 times faster.</source>
        <translation>Keine echte Domain zur Hand, oder erst einmal lernen? Der Trainingsmodus führt diesen Assistenten gegen einen simulierten DNS-Anbieter, simulierte Nameserver und ein simuliertes Exchange Online aus. Nichts Echtes wird geändert, und simuliertes DNS kann bis zu 60-mal schneller laufen.</translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation>&amp;Training starten</translation>
    </message>
    <message>
        <source>&amp;Load a scenario file…</source>
        <translation>Szenario-Datei &amp;laden…</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>Sz&amp;enario:</translation>
    </message>
    <message>
        <source>Load a training scenario</source>
        <translation>Trainingsszenario laden</translation>
    </message>
    <message>
        <source>Training scenarios (*.scenario);;All files (*)</source>
        <translation>Trainingsszenarien (*.scenario);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not start the training</source>
        <translation>Das Training konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt verwendeten Projekte</translation>
    </message>
    <message>
        <source>R&amp;ecent projects</source>
        <translation>Zuletzt verwendete Pro&amp;jekte</translation>
    </message>
    <message>
        <source>Correct the file and load it again.</source>
        <translation>Korrigieren Sie die Datei und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume it</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>D&amp;iscard it…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>An interrupted training session can be resumed: &quot;%1&quot;, last saved %2, after %3 of simulated time.</source>
        <translation>Eine unterbrochene Trainingssitzung kann fortgesetzt werden: „%1“, zuletzt gespeichert %2, nach %3 simulierter Zeit.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Discard the interrupted session?</source>
        <translation>Unterbrochene Sitzung verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n older interrupted session(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n ältere unterbrochene Sitzung wird danach angeboten.</numerusform>
            <numerusform>%n ältere unterbrochene Sitzungen werden danach angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the interrupted training session &quot;%1&quot;? Its simulated DNS, tenant, clock and plan are deleted; it cannot be resumed afterwards.</source>
        <translation>Die unterbrochene Trainingssitzung „%1“ verwerfen? Ihr simuliertes DNS, ihr Mandant, ihre Uhr und ihr Plan werden gelöscht; danach lässt sie sich nicht mehr fortsetzen.</translation>
    </message>
    <message>
        <source>An interrupted training session cannot be resumed. %1 Discard it, then start the scenario again below.</source>
        <translation>Eine unterbrochene Trainingssitzung lässt sich nicht fortsetzen. %1 Verwerfen Sie sie und starten Sie das Szenario unten neu.</translation>
    </message>
</context>
<context>
    <name>mailauth::WizardPageBase</name>
    <message>
        <source>%1 (parked)</source>
        <translation>%1 (geparkt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up SPF, DKIM and DMARC for a Microsoft 365 domain.</source>
        <translation>Richtet SPF, DKIM und DMARC für eine Microsoft-365-Domain ein.</translation>
    </message>
    <message>
        <source>Log to the console as well.</source>
        <translation>Auch auf der Konsole protokollieren.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit (for reviews).</source>
        <translation>Ein Bildschirmfoto des Fensters in DATEI speichern und beenden (für Reviews).</translation>
    </message>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s and the public ones; repeat for several.</source>
        <translation>Diesen Resolver (IP oder IP:PORT) statt des System-Resolvers und der öffentlichen fragen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation>Diesen Server (IP oder IP:PORT) als autoritativen Server der Zone verwenden, statt NS-Einträge abzufragen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Print the time to the first page and the memory used, then quit (for benchmarks).</source>
        <translation>Die Zeit bis zur ersten Seite und den Speicherbedarf ausgeben, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>Practice in training mode: simulated DNS and tenant. The positional argument is then a scenario (%1, or a scenario file); fresh-domain if none.</source>
        <translation>Im Trainingsmodus üben: simuliertes DNS und simulierter Mandant. Das Positionsargument ist dann ein Szenario (%1 oder eine Szenario-Datei); ohne Angabe fresh-domain.</translation>
    </message>
    <message>
        <source>A saved project to open (or, with --training, a scenario).</source>
        <translation>Ein gespeichertes Projekt zum Öffnen (oder, mit --training, ein Szenario).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in scenario (%2) nor a file.</source>
        <translation>„%1“ ist weder ein mitgeliefertes Szenario (%2) noch eine Datei.</translation>
    </message>
</context>
</TS>
