<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>not spam: delivered to the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: spam filtering marked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: the sender is on the recipient&apos;s Blocked Senders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: the sender is on the recipient&apos;s Safe Senders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the sender is on an allowed list of an anti-spam policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: the sender is on a blocked list of an anti-spam policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: mail inside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: marked as not spam before filtering (e.g. a mail flow rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released from quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: marked as spam before filtering (e.g. a mail flow rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam filtering skipped (trusted sender or rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no protection policy applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoofing: the sender failed authentication (SPF/DKIM/DMARC, compauth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox intelligence impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phishing inside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anti-malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering skipped: the IP address is on the IP Allow List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IP address is on no reputation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound: from outside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound: sent from the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connecting IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country of the connecting IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connecting IP address has no reverse DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reverse DNS name of the connecting IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HELO/EHLO name of the connecting server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not from a bulk sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a bulk sender that generates few complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a bulk sender that generates a mixed number of complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a bulk sender that generates many complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateReportParser</name>
    <message>
        <source>the XML declares entities in a DOCTYPE, which DMARC reports never do; it was not read, for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is broken at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element but &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has more than %1 rows; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the report has no message count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no report_id, so it cannot be told apart from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report does not say which domain it is about (policy_published/domain is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the report has an empty message count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the report has a negative message count (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the report has a message count that is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the report has a message count too large to be true (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AresChannel</name>
    <message>
        <source>system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with response code %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>unknown (no answer from DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null MX (accepts no mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SPF: %n records (receivers then ignore all of them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SPF lookups: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its own (whether a parent domain&apos;s record applies is unknown: DNS did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key %1 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationResults</name>
    <message>
        <source>The ARC instance i=%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field does not start with i=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field has no authserv-id (the receiver&apos;s name); Microsoft 365 writes it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after the authserv-id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form method=result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 has a property that is not of the form ptype.property=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Worldwide (Microsoft 365 commercial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCC (US Government Community Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 operated by 21Vianet (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web control panel (generic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIND zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows DNS Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel adds the zone name to the host field itself: type only the part shown (for example selector1._domainkey), never the full name, or the record ends up at selector1._domainkey.contoso.com.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every CNAME to &quot;DNS only&quot; (grey cloud). A proxied CNAME hides the target and Microsoft cannot find the DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 needs a trailing dot at the end of CNAME targets (shown below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 wants TXT values in quotation marks; values over 255 characters as several quoted strings (shown below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a TTL of 3600 seconds (1 hour), as Microsoft recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the SOA serial number when you add these lines, then reload the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up domain authentication in SendGrid (CNAME records s1._domainkey and s2._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticate the domain in Mailchimp (CNAME records k2._domainkey and k3._domainkey; for Mandrill mte1._domainkey and mte2._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the domain in Mailgun and publish the DKIM record it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on Easy DKIM for the domain in Amazon SES (three CNAME records ending in dkim.amazonses.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate a DKIM key in the Google Admin console (selector google), publish it and start authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on digital signatures in Zendesk (CNAME records zendesk1._domainkey and zendesk2._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a DKIM key for the domain in Salesforce Setup and publish its CNAME records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure DKIM for the domain in Freshdesk&apos;s email settings and publish the records it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the domain in Postmark and publish its DKIM record (and the pm-bounces return path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; split the list into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is longer than %3 bytes; each line holds one domain name and an optional # comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits the mail authentication of one or more domains through DNS: MX, SPF (with its lookup count), DMARC, the DKIM selectors and more, with findings and fixes.
Exit status: 0 = no errors found, 1 = errors found, 2 = the check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check this DKIM selector (selector1 and selector2 always are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DOMAIN as parked, by the parked set: it should send and receive no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at most N domains at once (default %1); a new one starts only while --max-in-flight leaves room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid selector name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational domain: %1 by the RFC 9989 DNS tree walk, %2 by the public suffix list (RFC 7489 receivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked with %1 DNS questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; verifiers discard the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key record again exactly as your mail provider shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; RFC 6376 makes the whole record invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1; verifiers discard the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag; verifiers discard the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DKIM1;&quot; or leave v= out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know: key types are case-sensitive, only k=%2 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (rsa, ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use k=rsa (Microsoft 365 keys are RSA) or k=ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail: service types are case-sensitive, only s=email is, so verifiers ignore this key for mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail, so verifiers ignore this key for mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove s= or write s=email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y marks the domain as testing DKIM: verifiers treat signed mail as unsigned, so DMARC gets no help from DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove y from t= once signing works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h=%1 does not allow sha256; RFC 8301 forbids rsa-sha1, so signatures with this key cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove h= or write h=sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key record tag; verifiers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless it is a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no public key (p=); verifiers cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole key record again; it must contain p= followed by the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is empty: the key is revoked, so mail signed with this selector fails DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this selector is still used for signing, publish its current key; otherwise nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in p= cannot be decoded as a %1 public key; it was probably cut off or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key again in one piece; if your DNS panel splits long values, check that nothing was lost at the joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; RFC 8301 forbids verifiers to accept keys under %2 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new 2048-bit key (Microsoft 365: Rotate-DkimSigningConfig -KeySize 2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; that still works, but 2048 bits is the recommended size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit key: Rotate-DkimSigningConfig -Identity &lt;domain&gt; -KeySize 2048.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimPowerShell</name>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in name (user@contoso.onmicrosoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s Exchange environment name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimSignature</name>
    <message>
        <source>The DKIM-Signature is not a list of tag=value pairs (at octet %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM-Signature tag &quot;%1&quot; has no &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the DKIM-Signature tag &quot;%1&quot; holds a character not allowed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM-Signature has the tag &quot;%1&quot; twice, which makes it invalid (RFC 6376 3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM-Signature has no %1= tag, which RFC 6376 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM-Signature version verifiers know (v=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a=%1 is not a DKIM signing algorithm (rsa-sha256, ed25519-sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b= (the signature) is empty or not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= (the body hash) is empty or not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c=%1 is not a canonicalization verifiers know (simple or relaxed, header/body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=%1 is not a selector (a name of dot-separated labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= lists %1 header fields; no real signature lists more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= lists &quot;%1&quot;, which is not a header field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= does not list From; RFC 6376 makes verifiers ignore such a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it (RFC 6376 6.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is not a number of octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q=%1 names no key lookup method verifiers know (dns/txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=%1 is not a time in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x=%1 is not a time in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x= (expiry) is before t= (signing time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimTargetPasteParser</name>
    <message>
        <source>The text contains two different selector%1 targets; paste the output for one domain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM selector targets were found. Paste the output of Get-DkimSigningConfig -Identity &lt;domain&gt; | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME, or the portal&apos;s &quot;CNAME record does not exist&quot; message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selector%1 target was found; both are needed. Paste the complete output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two targets do not belong together (different tenant, domain or format); paste the output for one domain only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimTargetsCommand</name>
    <message>
        <source>Reads the output of Get-DkimSigningConfig | Format-List, or the Microsoft 365 portal&apos;s &quot;CNAME record does not exist for this config&quot; message, and prints the two DKIM selector CNAME targets to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file with the pasted output, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;selector1&quot;: ..., &quot;selector2&quot;: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailauth dkim-targets FILE|- [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these two CNAME records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these two CNAME records in the zone of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status CnameMissing: Microsoft 365 has not seen these records yet. Publish them, wait until they are visible, then enable DKIM signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>The signature uses rsa-sha1, which RFC 8301 forbids verifiers to accept. The signer must use rsa-sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the message has more than %1 DKIM signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 signs only the first %1 octets of the body; %2 octets were added after signing and are not covered (anyone could have appended them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l= limits the signature to part of the body: anything appended later (a list footer, or an attacker&apos;s text) would still pass. Signers should not use l=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS lookup is available to fetch the key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (%2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is published at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 is revoked (empty p=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature says a=%1, but the key at %2 is of type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 allows only h=%2, not sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 has t=s, so i= must be in d=%2 itself, not in a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 has t=y (testing): receivers may treat the message as unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature had expired (x=%1, %2) when the message arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the header was given: the signature over the header fields verifies, but the body hash cannot be checked without the body. Open the whole message (.eml) to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the header was given: the body hash cannot be checked, and the signature over the header fields does not verify here (pasted headers are often re-wrapped by the mail program). Open the whole message (.eml) to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is shorter than l=%1 says: the message was cut after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body hash does not verify: the body was changed after signing (or the saved message is not the one that was received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify: a signed header field was changed after signing, or the key does not belong to this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature verifies with the key from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature verifies with the key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcComposer</name>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address for reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fo value (0, 1, d or s, separated by &quot;:&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcLinter</name>
    <message>
        <source>The spaces or tabs before the pasted record were removed before checking it. Published in DNS with them, the record would not start with v=DMARC1 and receivers would ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the value in your DNS panel starts with v=DMARC1, with nothing before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record value starts with a quotation mark. The DNS panel stored the quotes as part of the value, so receivers do not recognise the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value without quotation marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starts with a space or tab before &quot;v=DMARC1&quot;; receivers only accept a record that starts with v=DMARC1, so they ignore this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be written exactly &quot;v=DMARC1&quot; (upper case); receivers ignore this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record must begin with &quot;v=DMARC1&quot;; receivers ignore this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DMARC1; &quot;, for example &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each setting as tag=value and separate settings with &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; receivers may use either value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot; and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after &quot;%1=%2&quot;: receivers read &quot;%3&quot; as part of the %1 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &quot;; &quot; between the settings: &quot;%1=%2; %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotation marks: %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it, so pct=%1 now means the policy applies to all mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct=%1. To soften the policy while testing, add &quot;t=y&quot; (receivers apply one level lower: reject acts as quarantine, quarantine as none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct=100; it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed by RFC 9989; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not valid (%3); receivers use the default instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r = relaxed, s = strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = test mode, n = normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y, n or u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fo=%1&quot; is not valid: use 0, 1, d or s separated by &quot;:&quot;, and not 0 and 1 together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example fo=1 (report any failure) or remove fo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no policy (p=); receivers treat it as p=none and only send reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no policy (p=) and no report address; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a policy right after the version: &quot;v=DMARC1; p=none; ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;p=%1&quot; is not a policy; only none, quarantine and reject are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write p=none, p=quarantine or p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a policy; only none, quarantine and reject are. Receivers then ignore the record&apos;s policy altogether.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1=none, %1=quarantine or %1=reject, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=none only monitors: mail that fails DMARC is still delivered, so the domain can still be spoofed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the aggregate reports for two to four weeks; when all legitimate senders pass, move to p=quarantine, then p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y (test mode): receivers apply one level less than the policy (reject acts as quarantine, quarantine as none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y when the reports show that legitimate mail passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp= in the record of %1 has no effect: receivers use sp only from the organisational domain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sp= here; set sp= in the record at _dmarc.%1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report address (rua=): you will not learn who sends mail as this domain, which you need before enforcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@%1 (a shared mailbox works well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a size limit (!…), which RFC 9989 made obsolete; reporters ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot; and what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a URI; receivers will not send reports to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1=mailto:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a mailto: address; receivers only send reports by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mailbox: %1=mailto:dmarc-reports@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as mailto:name@example.com; percent-encode &quot;,&quot; and &quot;!&quot; inside the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TXT &quot;v=DMARC1;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain. Receivers send them only if %1 publishes an authorisation record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your report provider) to publish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for %1 go to %2, but %2 has not authorised them, so receivers drop them silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of %1 (not you) must publish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain, which has authorised them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruf= asks for failure reports. Microsoft 365 and most large receivers never send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it if you want them from the few receivers that do; rely on rua= aggregate reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fo= only affects failure reports, and the record asks for none (no ruf=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fo=, or add ruf= if you want failure reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcReportSummary</name>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably spoofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: probably spoofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded without aligned DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aligned DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither DKIM nor SPF aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day(s) of reports → turn on DKIM for %2 (DKIM page).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %L2 messages as %3 without aligned DKIM in %n day(s) of reports → %4, or move it to a subdomain of its own (for example news.%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 forwarded messages as %2 failed: forwarding breaks SPF, and only a DKIM signature by %2 survives it → make sure every service that sends as %2 signs with aligned DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 messages as %2 from servers your SPF or DKIM knows were not aligned → if these servers are yours, sign their mail with DKIM as %2 or give them a return path in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing, which p=reject already has receivers refuse. If one of them is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — quarantine will stop these. If one of them is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spoofing, which p=reject already has receivers refuse. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably spoofing — quarantine will stop these. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsHostPanel</name>
    <message>
        <source>Choose TXT, CNAME or MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNAME must point to a host name, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an MX value as &quot;PRIORITY HOST&quot;, for example &quot;0 mail.example.com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a %2 record; delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host field already ended in the domain name, and the panel appended it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM target was saved as a TXT record; it must be a CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel stores typed quotes as part of the text, so the record no longer starts with &quot;v=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC tags must be separated by semicolons (;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsRecordSpec</name>
    <message>
        <source>&quot;%1&quot; is not a DNS zone name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS record name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record at %2 cannot replace an existing value; only TXT and CNAME records and a null MX can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name that a %2 record can point to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the %1 record at %2 holds a line break or control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsServerAddress</name>
    <message>
        <source>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (write 192.0.2.53, 192.0.2.53:5300 or [2001:db8::53]:5300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message>
        <source>Server asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1 (SERVFAIL). This says nothing about whether the record exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again in a few minutes; if it persists, the zone&apos;s DNS servers or its DNSSEC signatures have a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for %1 in time. This says nothing about whether the record exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again; if only this domain times out, its DNS servers are unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server refused to answer for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not authoritative for this zone or does not answer you; check the resolver settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server answered the question for %1 with the response code %2, which is an error. This says nothing about whether the record exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again later; if it persists, the zone&apos;s DNS servers are misconfigured (for example a server that is not authoritative for the zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question for %1 could not be asked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the DNS server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more question(s) failed the same way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling; a newly registered domain can take a few hours to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a null MX record (0 .): it declares that it accepts no mail at all, so replies and bounces to its senders are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain sends mail, replace the null MX with the MX value from the Microsoft 365 admin center; if it sends none, mark it as parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record, so it receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain should receive mail through Microsoft 365, publish the MX record shown in the Microsoft 365 admin center (Settings &gt; Domains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record points to %1, not to Microsoft 365. Microsoft then sends no DMARC aggregate reports for this domain, and a gateway in front must be listed in SPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If mail should arrive directly in Microsoft 365, use the MX value from the admin center; otherwise make sure the gateway&apos;s senders are in SPF and enable Enhanced Filtering for Connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record, so any server can claim to send its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at the domain: v=spf1 -all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at the domain: v=spf1 include:spf.protection.outlook.com -all (add your other senders before -all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its SPF record is %2 instead of v=spf1 -all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain really sends no mail, replace the record with: v=spf1 -all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then ignore all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record was published at %1, without the underscore; receivers only look at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record with the host name _dmarc (with the underscore) and delete the one at dmarc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC policy applies to %1, so receivers do nothing special with mail that fails SPF and DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at %1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at %1: v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 and tighten it in stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its DMARC policy is %2 instead of reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at _dmarc.%1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if %1&apos;s policy suits this domain; publish _dmarc.%2 to give it its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, which is not a Microsoft 365 DKIM target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine if another service signs with this selector; for Microsoft 365 use the exact Selector CNAME values from Get-DkimSigningConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a TXT record; Microsoft 365 needs a CNAME there pointing to its own key, which it rotates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the TXT record and create a CNAME with host %1._domainkey pointing to the Selector%2CNAME value from Get-DkimSigningConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there yet. That is normal until DKIM signing is enabled for the domain in Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable signing (Set-DkimSigningConfig -Identity %1 -Enabled $true); Microsoft then publishes the key. If signing is already on, wait a few hours and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector CNAME was created as %1: the DNS panel added the zone name a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the record and enter only &quot;%1._domainkey&quot; as the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DKIM record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the CNAME %1._domainkey with the Selector%2CNAME value from Get-DkimSigningConfig (the DKIM page of the wizard shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is parked but has no null MX record, so senders retry mail to it for days instead of learning at once that it accepts none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an MX record with priority 0 and the host &quot;.&quot; (a single dot; RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its MX record points to %2, so it still receives mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no mailbox uses the domain, replace the MX record with a null MX: priority 0, host &quot;.&quot; (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>Enter a domain name, for example contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an e-mail address; enter only the part after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a web address; enter only the domain, for example contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no dot; enter the full domain, for example contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which a domain name cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Writes a project&apos;s exports: the DKIM PowerShell bundle, the DNS records for a DNS host, the hand-over report (HTML or PDF) or the audits as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (.mailauth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to PATH (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure resource group that holds the DNS zones, for --format azure (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailauth generate --project FILE --format %1 [-o PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--azure-resource-group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project names no Azure resource group: pass --azure-resource-group NAME (the resource group that holds the DNS zones), or enter it on the wizard&apos;s tenant page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write the export over the project file itself (%1); choose another -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipContainer</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a gzip bomb, or far bigger than any report); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverReport</name>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signing switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail authentication hand-over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 tenant: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS hosted at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed (parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left: keep an eye on the DMARC reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail authentication hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>%1 s (clocks disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM public key is neither RSA nor Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotes in the key file do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds no DKIM key record (v=DKIM1; k=rsa; p=...) and no PEM public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a received message (.eml, or the headers pasted from Outlook, OWA or Gmail&apos;s &quot;Show original&quot;) and tells whether DKIM signing works for the sender&apos;s domain: every DKIM signature verified (key from DNS or --key-file), its alignment with the From domain, what the receiver saw (SPF, DKIM, DMARC, Microsoft&apos;s compauth and anti-spam stamps) and the route with the delay at each hop.
Exit status: 0 = an aligned DKIM signature passes, 1 = not, 2 = the command could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or headers, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with this key instead of DNS (offline): a DKIM key record or a PEM public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailauth headers FILE|- [--resolver IP[:PORT]]... [--key-file F] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the header was given: body hashes cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signatures (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 s=%2 a=%3 c=%4: %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1 → CNAME %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receiver saw (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication-Results, top first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft anti-spam stamps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, first hop first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Checks one SPF, DMARC or DKIM key record without asking DNS, and says what is wrong and how to fix it.
The record may be given as plain text or as zone-file quoted strings (&quot;part 1&quot; &quot;part 2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf, dmarc or dkim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record text; quote it for the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For DMARC: the domain the record is published for (enables the subdomain and third-party report checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailauth lint spf|dmarc|dkim &quot;&lt;record text&gt;&quot; [--domain DOMAIN] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record kind &quot;%1&quot;; use spf, dmarc or dkim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted strings are not balanced: every string must start and end with &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record: NOT valid (receivers return permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record: NOT valid (see the errors below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups in this record itself: %1 of 10 (includes are not followed offline; use the wizard or &quot;mailauth check&quot; for the full count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (receivers ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (see the errors below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy receivers apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key record: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (verifiers cannot use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (see the errors below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1, %2 bits (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailContainer</name>
    <message>
        <source>attached mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail&apos;s parts are nested too deeply (a way to crash mail readers); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail has no report attached (no zip, gzip or XML attachment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail found in the mbox file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageAnalysis</name>
    <message>
        <source>%1 (%2, %3-bit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From names %1 mailboxes; DMARC needs exactly one, so receivers may reject the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 and aligned — DKIM for this domain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses l= (a body length limit): ask the signer to sign the whole body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still fetching keys and DMARC records from DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 and aligned; the signature over the header fields verifies. The body was not given, so the body hash is unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure, save the whole message (.eml, or Gmail&apos;s &quot;Download original&quot;) and check that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature by %1 does not pass (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here; the receiver, which had the whole message, says dkim=%2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS did not answer for %1: check again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selector CNAMEs for %1 (step 3 of the DKIM page) and wait until they are visible everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something changed the body after signing: a disclaimer or footer added by a mail flow rule or gateway after Microsoft 365 signed, or a security appliance that rewrites links. Add such content before signing, or sign after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole message (.eml) rather than pasted headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new test message to an outside mailbox and check it again; if it still fails, rotate the key (Rotate-DkimSigningConfig) and check the CNAMEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed only by %1: custom-domain signing is not on yet (step 4 of the DKIM page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the two selector CNAMEs for %1, then enable signing: Set-DkimSigningConfig -Identity %1 -Enabled $true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed only by %1, which is not aligned with %2: DMARC cannot count this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the service that sent this message sign with %1 (its own DKIM setup for your domain), or send through Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message carries no DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a message as the recipient got it (not the copy in Sent Items, which is kept before signing): send a test to an outside mailbox and read its headers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature passes: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a message as the recipient got it, as a whole .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment was judged with the public suffix list (DNS was not asked or did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageHeaders</name>
    <message>
        <source>The message is larger than %1 MiB; only messages up to that size are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line &quot;%1&quot; is not a header field and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read: paste the message&apos;s headers or open the saved message (.eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is larger than %1 MiB; that is no real message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header field could be read: the text does not start like a mail message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 header fields were read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicrosoftAntispamHeaders</name>
    <message>
        <source>explicit failure: the domain&apos;s DMARC policy is quarantine or reject and DMARC failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit failure: the domain publishes no enforcing DMARC policy and the message did not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s policy blocks this sender and domain pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed composite authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: SPF or DKIM passed and aligned with the From domain, or an allow rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft pass: passed implicit authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypassed (e.g. an allow list or a mail flow rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed implicit authentication; the sending domain is one of the organisation&apos;s own accepted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: allowed by spoof intelligence or a tenant allow entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due since %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: publish the SPF record and let the wizard confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run the DKIM script in Exchange Online and paste its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: publish both DKIM CNAME records and let the wizard confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: switch DKIM signing on in Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: publish the DMARC record and let the wizard confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: move DMARC to p=%2 if the reports show all real mail passing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parked (sends and receives no mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is published could not be read (DNS did not answer): whether this weakens it is unknown. Run the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakens nothing that is published today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakens what is published today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record: %1 of 10 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record: %1 DNS lookups, over the limit of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits one or more domains through DNS and shows the records the wizard proposes for each: what every record adds, replaces or keeps, what it would weaken (nothing by default) and the audit&apos;s findings. Changes nothing; where DNS did not answer, the change is &quot;unknown&quot;.
Exit status: 0 = planned and no errors found, 1 = some audit found errors or a proposed SPF record needs more than 10 DNS lookups, 2 = the plan could not be made (usage error, unreadable file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending domains to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan DOMAIN as parked: it sends and receives no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenant (default worldwide): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (saves %n lookup(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) planned with %1 DNS questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>&quot;%1&quot; is not a Microsoft 365 selector%2 target (selector%2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Azure resource group that holds the DNS zones (Azure portal, DNS zones &gt; the zone &gt; Resource group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure resource group name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may hold only letters, digits and - _ ( ) . (&quot;%2&quot; is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may not end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS zone that %2 lies in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing SPF record holds line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one SPF term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing DMARC record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of confirmed changes is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC fo= value (0, 1, d, s, separated by colons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage %1 in the DMARC plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation of &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record cannot be composed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SPF record needs %2 DNS lookups, more than the 10 receivers allow, so SPF would fail for all mail. Shorten it, or confirm on the SPF page that you publish it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Confirm this change in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerShellBundle</name>
    <message>
        <source>The project has no domain that sends mail, so there is no DKIM to set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>The project has no domains yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure DNS commands name the resource group that holds the DNS zones, and the project has none yet: enter it on the Tenant page (mailauth generate: --azure-resource-group NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure DNS commands cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a MailAuth Wizard project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was saved by a newer version of MailAuth Wizard (format %1; this version reads up to %2). Update the app to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project names an unknown Microsoft cloud &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project names an unknown DNS host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s Azure resource group is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client name must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultant name must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s tenant is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains is not a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains has no domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s domains are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a domain role (sending or parked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not -all or ~all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC plan of %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a record of the rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be used: %1 Correct the file or set the domain up again in the wizard; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is too large to save (%1 MiB; a project file may hold at most %2 MiB): it could not be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a project file (over %2 MiB); the file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: the key &quot;%3&quot; appears twice in the same object).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropagationExpectation</name>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only @ as the host name (or leave it empty, if your DNS host asks for that), and delete the record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only %2 as the host name, and delete the record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a TXT record (&quot;%2&quot;) where a CNAME record belongs: delete the TXT record and create a CNAME record that points to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CNAME record (pointing to %2) where a TXT record belongs: delete the CNAME record and create a TXT record with the value &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropagationWatcher</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>The project holds a record that cannot be exported safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1; no report is that big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Outlook .msg file, which cannot be read: save the mail as .eml, or save the attachment itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DMARC aggregate report: neither XML, gzip, zip nor a mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nested too deeply: more than %n archives or mails inside each other</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>larger than %1; far bigger than any report, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSourceClassifier</name>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your SPF/DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)), published %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reports without dates, published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 messages: %2 pass DMARC, %3 with aligned SPF, %4 with aligned DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more source(s) (--json lists every one)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads DMARC aggregate reports (files or folders: .xml, .xml.gz, .zip, the report mails as .eml, mbox) and shows per domain who sends as it, what passes, what to fix, and whether the domain may move to the next stage of its DMARC plan (at least %1 days of reports, every known sender aligned, %2% of legitimate mail passing). Nothing goes to the network unless --names is given.
Exit status: 0 = every file was read, 1 = some file was skipped (listed on stderr and in --json), 2 = usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report files or folders (read recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only DOMAIN and its subdomains (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out reports that end before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s initial domain (contoso.onmicrosoft.com): only its DKIM signatures count as Microsoft 365&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the PTR name of every source (through DNS, forward-confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object with every domain and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one report file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source name(s) looked up with %1 DNS questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No messages in the reports read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages for the domains asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read from %1 file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n outside the period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolverArguments</name>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most N DNS questions in flight at once (1 to %1; default %2 with --resolver, %3 with the system resolver, which may drop the excess silently); a resolver that answers REFUSED or SERVFAIL under load gets fewer, and those questions are asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>the document ends before it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed (a character or markup that does not belong there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag does not match the element it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity is used that is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace prefix is used that is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference names no allowed character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not in the encoding it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoding %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>Evaluates SPF as a receiving mail server would (RFC 7208 check_host): is this IP address allowed to send for the sender&apos;s domain? With an empty sender (bounces) the HELO name&apos;s policy is checked.
Exit status: 0 = pass, 1 = any other result, 2 = the check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAIL FROM address; may be empty (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HELO/EHLO name the server gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sending server&apos;s address with --ip, e.g. --ip 192.0.2.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --sender, or --helo when the sender is empty (RFC 7208 2.4 then checks the HELO name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--helo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF result for %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups counted: %1 of 10 (void: %2 of 2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfComposer</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can follow include:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing record cannot be merged until its errors are fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>The sending server is not authorised by the domain&apos;s SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that SPF can be checked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 lookups found nothing (void lookups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TXT lookup for %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the record of %2 matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect target &quot;%1&quot; is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect target %1 has no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term in the record of %1 matched and there is no &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The included domain %1 has no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A lookup for %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lookup for %2 failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfLimitAdvice</name>
    <message>
        <source>Receivers stop at 10 DNS lookups and treat the record as an error (permerror): SPF then fails for all of the domain&apos;s mail, and DMARC passes only where DKIM signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1: %2 already includes it, so its servers stay authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1: its lookup finds nothing, so it authorises no server and only uses up the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1: RFC 7208 advises against ptr; it is slow and many receivers skip it. List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the addresses it stands for (ip4:/ip6:), which cost no lookup; update them when those servers change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to a subdomain: set it up with its own return-path (bounce) domain such as bounce.%2, whose SPF record holds %3. Its mail then passes SPF there and still aligns for DMARC, and %3 leaves this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfLinter</name>
    <message>
        <source>The record itself has %1 terms that need a DNS lookup (include, a, mx, ptr, exists, redirect); receivers stop at %2 and return permerror, so SPF fails for all mail. The includes add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One string of the record is %1 characters long; a DNS TXT string holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record as several quoted strings of at most %1 characters each, for example &quot;v=spf1 ... &quot; &quot;include:... -all&quot;. Receivers join them with nothing in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is %1 characters long. Over %2, the DNS answer may not fit in one UDP packet and some receivers fail to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the record: remove senders you no longer use, or move bulk senders to a subdomain with its own SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a space after &quot;%1%2&quot;, so &quot;%3&quot; is read as a separate, unknown term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the space: write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1&quot;, for example &quot;v=spf1 include:spf.protection.outlook.com -all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the record again by hand or paste it from a plain-text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling; a sender&apos;s own documentation gives the exact term (usually include:...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the term at position %1; receivers reject the whole record (permerror) while it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; allows every server on the Internet to send mail as this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with &quot;-all&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;?all&quot; says nothing about servers not listed; it is meant for testing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;-all&quot; (Microsoft&apos;s recommendation with DKIM and DMARC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;~all&quot; marks mail from unlisted servers as suspicious but asks receivers to accept it. Without a DKIM signature, DMARC then cannot act on SPF failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once every sender is listed and DKIM is on, switch to &quot;-all&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after &quot;all&quot;, so receivers never look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; in front of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has both &quot;all&quot; and &quot;%1&quot;; with &quot;all&quot; present the redirect is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;, or remove &quot;all&quot; if the redirect target should decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or &quot;redirect=&quot;, so servers that are not listed get &quot;neutral&quot;: nothing is said about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot;: %1 -all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses reverse DNS, which is slow, unreliable and discouraged by RFC 7208; many receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with the servers&apos; addresses (ip4:/ip6:) or an include from the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a dot. Microsoft lists this as a common mistake; some checkers treat it as an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to Microsoft Cloud Deutschland, which closed in October 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use include:spf.protection.outlook.com, the include of the worldwide service that migrated tenants now use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;=&quot; where SPF needs &quot;:&quot;; receivers read it as an unknown modifier and ignore it, so these senders are not authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;%1:%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modifier SPF defines; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it unless a provider asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 SPF records. Receivers then return permerror and ignore all of them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one record (the wizard&apos;s SPF page does this) and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfLookupBudget</name>
    <message>
        <source>Loop: %1 is already being evaluated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records include each other in a loop: %1 → %2. Receivers give up with permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TXT lookup failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be fetched (%2), so its lookups are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again later; if it persists, the DNS servers of %1 have a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has no SPF record, so receivers return permerror for the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has more than one SPF record, so receivers return permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling against the provider&apos;s documentation, or remove &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted further: lookups that found nothing are already past their limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted further: the record is already past the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MX names; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at %2 mail servers; SPF allows at most %3, so receivers return permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with ip4:/ip6: ranges for those servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The largest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and return permerror, so SPF fails for all mail.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is where the count passes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting stopped at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 allowed DNS lookups; one more sender could break it.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before adding senders, remove unused ones or move bulk senders to a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups of this record find nothing; receivers allow %2 and then return permerror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the terms that point at names without records (see the breakdown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfMacroString</name>
    <message>
        <source>The character &apos;%1&apos; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos;; write &apos;%%&apos; for a percent sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro is not closed with &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro has no letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (allowed: s l o d i p h c r t v).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro letter &apos;%1&apos; is only allowed in explanation text (exp=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of parts in a macro must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro delimiter (allowed: . - + , / _ =).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must end in a top-level label such as &apos;.com&apos; (not a number, not starting or ending with &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfPage</name>
    <message>
        <source>depends on the sender (macro)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record contains a character that is not plain ASCII (position %1). Retype the record; copying from a word processor often inserts such characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record contains a control character such as a line break or tab (position %1). Terms may only be separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPF record must begin with &quot;v=spf1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1=&quot; appears more than once; SPF allows it only once. Keep one and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism. Known mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists; modifiers are written name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument: write &quot;%1all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain: write &quot;%1:example.com&quot; with no space after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes an optional domain (&quot;ptr:example.com&quot;) and no prefix length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;:domain&quot;, a prefix length such as &quot;/24&quot;, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ip4&quot; needs an address: write &quot;ip4:192.0.2.1&quot; or &quot;ip4:192.0.2.0/24&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ip6&quot; needs an address: write &quot;ip6:2001:db8::1&quot; or &quot;ip6:2001:db8::/32&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message>
        <source>The domain publishes no SPF record, so nothing is said about this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain explicitly says nothing about this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is allowed to send mail for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is not allowed to send mail for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is probably not allowed to send mail for the domain (soft fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary DNS problem stopped the check; receivers will usually try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record is broken, so receivers cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageReadiness</name>
    <message numerus="yes">
        <source>Ready to %1 (%2% of legitimate mail passes, %n day(s) of reports).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with t=y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay at %1 (the last stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages from %n source(s) that nothing authorises failed: quarantine and reject will stop them. If a server of yours is among them, authorise it first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reports cover %n day(s); at least %1 are needed to see every sender, including the ones that send once a week or once a month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not aligned: %L2 of its %L3 messages pass DMARC (at least %4% must).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of legitimate mail passes DMARC (%L2 of %L3 messages); at least %4% must.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingScenarioParser</name>
    <message>
        <source>a quoted string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record needs NAME TTL TYPE DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TTL in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type the training world serves (A, AAAA, CNAME, MX, NS, TXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MX record needs a preference and a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address for a %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record needs one host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key with a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must start with &quot;format = %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id may use a-z, 0-9 and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a translated hint must follow its hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant must be an initial *.onmicrosoft.com domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cloud (worldwide, gcc, gcchigh, dod, china)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known DNS host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;domain = NAME sending&quot; or &quot;domain = NAME parked&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;resolver-cache = NAME TYPE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;dkim-format = DOMAIN legacy&quot; or &quot;dkim-format = DOMAIN new r&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;goal = KIND DOMAIN&quot; with KIND one of spf-valid, spf-within-limit, dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, spf-merged, dmarc-not-weakened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs an id, a title and a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs at least one domain and one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal names %1, which is not one of the scenario&apos;s domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has one valid SPF record that ends in -all or ~all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 needs at most 10 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both DKIM CNAME records of %1 point to Microsoft&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signing is switched on for %1 in Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a valid DMARC record with an aggregate report address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC reports of %1 go only to addresses that accept them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends no mail and says so: v=spf1 -all and DMARC p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has one SPF record that keeps every sender of the records published before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 protects at least as much as before: the same policy or stricter, the same alignment, the same report addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VantagePoint</name>
    <message>
        <source>authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VantagePointDiscovery</name>
    <message>
        <source>No name servers were found for %1 or its parent domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name servers of %1 (%2) have no addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitCommand</name>
    <message>
        <source>Waits until a record is visible at every authoritative server of its zone and at the resolvers, and shows each server&apos;s state while it waits.
Exit status: 0 = confirmed, 1 = the time ran out, 2 = an error (usage, or no servers found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s full name, e.g. _dmarc.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT, CNAME or MX (default TXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the record must have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, contains, spf (same terms in the same order) or dmarc (same tags in any order); default exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailauth wait NAME --type TXT|CNAME|MX --expect VALUE [--match MODE] [--timeout SECONDS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be TXT, CNAME or MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match must be exact, contains, spf or dmarc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1 is longer than caches keep any record (7 days); waiting at most %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 s] %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sees &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expected in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 s] Found in the wrong place: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeakeningCheck</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record published today is removed: any server can then send mail as the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from SPF: the servers it refused are then judged by the rest of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from SPF: mail its servers send as the domain then fails SPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ends more permissively than today&apos;s (%1 instead of %2): servers that are not listed are refused less firmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record published today is removed: receivers then apply no policy to mail that fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lowered from %2 to %3: receivers act less firmly on mail that fails DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y is added: receivers apply the next lower policy while the record says it is being tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes from strict to relaxed: mail from subdomains then aligns too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report address %1 (%2) is removed: whoever reads those reports stops receiving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record (%1) is replaced by a null MX: mail sent to the domain is refused from then on. Delete those MX records: the null MX must be the only one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipContainer</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a zip bomb, or far bigger than any report); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest of the zip archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than %1 entries; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is damaged: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailauth: could not write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::AuditPage</name>
    <message>
        <source>What DNS says today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before changing anything, the wizard reads your domains&apos; current MX, SPF, DKIM and DMARC records and lists what is missing or wrong, with what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 domains checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS did not answer now; this is the check saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled; you can go on or check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. This project&apos;s next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking DNS… (you can cancel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::AuditView</name>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::DkimPage</name>
    <message>
        <source>DKIM: sign your mail with your own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 signs mail for custom domains only after you publish two CNAME records that point to keys Microsoft holds. The targets differ per tenant and domain, so they are read back from Exchange Online, never guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the output of the script here, or the two CNAME values from the Defender portal (Publish CNAMEs &gt; Copy, or its &quot;CNAME record does not exist&quot; message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;published both: watch DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;enable script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;igning is on: the script printed &quot;Enabled : True&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up DKIM for this domain &amp;later (the other steps go on without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the key script in the &amp;training tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the enable script in the training tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the simulated Exchange Online PowerShell prints appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training tenant&lt;/b&gt; (simulated Exchange Online PowerShell):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this in Exchange Online PowerShell (it runs safely twice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the De&amp;fender portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerS&amp;hell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defender portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For admins who cannot run scripts: the same steps in the Microsoft Defender portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Create the keys&lt;/b&gt;, with PowerShell or in the Defender portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Paste &amp;what it printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Publish these two CNAME records&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Switch signing on&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Final check&lt;/b&gt;: once signing is on, Microsoft publishes the keys behind the CNAMEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key published (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, Email &amp;amp; collaboration &amp;gt; Policies &amp;amp; rules &amp;gt; Threat policies &amp;gt; &lt;b&gt;Email authentication settings&lt;/b&gt;, and select the &lt;b&gt;DKIM&lt;/b&gt; tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the row for &lt;b&gt;%1&lt;/b&gt;, slide &lt;b&gt;Toggle&lt;/b&gt; from Disabled to Enabled. A &lt;b&gt;Client error&lt;/b&gt; dialog opens: that is expected, select &lt;b&gt;OK&lt;/b&gt;. The keys now exist and the row&apos;s Status is &lt;b&gt;CnameMissing&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &lt;b&gt;%1&lt;/b&gt; row (not its check box or toggle) to open its details. Under &lt;b&gt;Publish CNAMEs&lt;/b&gt;, select &lt;b&gt;Copy&lt;/b&gt; and paste into step 2 below. Leave the details open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the two CNAME records (step 3). Once both are confirmed everywhere, switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt; in the details (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Defender portal route is not known for %1; use PowerShell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Paste &amp;what the portal shows (Publish CNAMEs &gt; Copy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;igning is on: the portal shows &quot;Signing DKIM signatures for this domain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM already works for %1: both selectors point at Microsoft and the keys are published. Nothing to paste unless you want to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the pasted output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both targets found. Status reported by Microsoft: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not watched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once both CNAME records are confirmed above. Enabling earlier fails with CnameMissing, which only means Microsoft cannot see the records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. In the Defender portal, open &lt;b&gt;%1&lt;/b&gt; on the DKIM tab and switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt;. If the Status does not change to &quot;Signing DKIM signatures for this domain&quot;, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Try again later; the records are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. Run the script below. If it still reports CnameMissing, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Run it again later; the records are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcPage</name>
    <message>
        <source>DMARC: tell receivers what to do with forged mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC ties SPF and DKIM to the address people see and asks receivers to report what they get. Start with p=none and reports, then tighten to quarantine and reject once the reports show that all your real mail passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1: p=none (monitor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2: p=quarantine (spam folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3: p=reject (refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d aggregate reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the report files you received (.xml, .gz, .zip, .eml, mbox) on this computer and says whether the domain is ready for its next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc-reports@contoso.com (a shared mailbox works well); several separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode (t=y): receivers apply one level less while you watch the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict alignment (adkim=s; aspf=s): subdomains of the domain no longer count as aligned. Leave off unless you know every sender uses the exact domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject (recommended: such names never send mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing s&amp;ubdomains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-e&amp;xistent subdomains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published today: %1
The choices above start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; its organisation&apos;s record applies to it, which amounts to: %2
The choices above start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record is published at _dmarc.%1 yet; this will be the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parked domain goes straight to p=reject: nothing should send as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=reject is the last stage: keep it, and keep reading the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1. Move on only when the reports show your real mail passing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you publish the record, press the button above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parked domain sends no mail: its reports show only forged mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: none read yet. Read them before you move %1 to the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next stage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports say: %1
Mail that fails DMARC will be %2. Move %3 on anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put in the spam folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcReportsDialog</name>
    <message>
        <source>a forwarder or mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours (your SPF or DKIM allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop report files or folders here: .xml, .gz, .zip, the report mails saved as .eml, or an mbox file. They are read on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per day, passing and failing DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of mail in the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC reports (*.xml *.gz *.zip *.eml *.mbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n distinct report(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n seen twice, counted once)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— stopped before the end; what was read so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 to %4, %5 passing DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is not in the plan: no verdict for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing DMARC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::DnsHostPanelDialog</name>
    <message>
        <source>DNS host panel (training): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@ for the domain itself, or e.g. _dmarc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like many web panels, this one appends the zone name to what you type in Host, and stores the value exactly as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::LanguageMenu</name>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show MailAuth Wizard in another language, at once; remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationPanel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m servers see the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationWatcher</name>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is visible everywhere: %n server(s) confirmed it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still serves &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked: the authoritative servers do not all have the record yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not confirmed by %n server(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::RecordCheckPanel</name>
    <message>
        <source>SPF (TXT at the domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC (TXT at _dmarc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key (TXT at selector._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.com (optional; enables the subdomain and report checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the record here, for example v=spf1 include:spf.protection.outlook.com -all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a record to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: receivers return permerror and ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: it has errors that defeat its purpose; fix them before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid DMARC record; receivers apply p=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: receivers ignore this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid DKIM key record, %1-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid DKIM key record without a key (revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: verifiers cannot use this key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::RecordView</name>
    <message>
        <source>Enter the Azure resource group that holds the zone on the Tenant page to see the Azure DNS commands (Azure PowerShell and Azure CLI) for these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces today&apos;s MX records (%1): delete every one of them; a null MX must be the only MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n of today&apos;s %1 records (%2): change it (or delete them) instead of adding another one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutPlan</name>
    <message>
        <source>The initial domain of a %1 tenant has the form name%2 (Microsoft 365 admin center, Settings &gt; Domains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Microsoft initial domain: Microsoft already publishes its SPF and signs it with DKIM, and its DMARC record is added in the Microsoft 365 admin center. Enter your custom domains here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one domain, for example contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers named in the domain&apos;s own DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 publishes today is unknown: DNS did not answer. Check it again before changing its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record for %1 has problems; fix them to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record for %1 would remove or loosen what is published today; confirm each change or undo it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record for %1 needs more than 10 DNS lookups; shorten it or confirm that you publish it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This output is for %1, not %2: run the script for %2 and paste what it printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the DKIM output for %1, or choose to do its DKIM later, to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record for %1 has problems; fix them to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record for %1 would protect less than the one published today; confirm each change or undo it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutWizard</name>
    <message>
        <source>MailAuth Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailAuth Wizard (not saved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record visible everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is confirmed by every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - MailAuth Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training session is already running in this window. Start MailAuth Wizard again to practise another scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: %1 - MailAuth Wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::SimulatedDnsServer</name>
    <message>
        <source>The training DNS server could not open a port on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::SpfPage</name>
    <message>
        <source>SPF: who may send mail as your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail with your domain in the envelope sender. One record per domain; Microsoft 365 is included for your cloud, add the other services you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (include:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other includes, e.g. spf.example-crm.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises IPv4 addresses or ranges, e.g. 192.0.2.25 198.51.100.0/28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses or ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-all: reject mail from servers not listed (recommended by Microsoft with DKIM and DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~all: mark it as suspicious but accept it (only while you are still finding senders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises servers that send mail: either list their public addresses here, or relay them through Exchange Online with an inbound connector, so Microsoft signs their mail with DKIM and they need no SPF entry of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a new record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it over the limit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (untick to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;senders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;includes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers not listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends no mail: its SPF record refuses every server, and a wildcard record covers its subdomains where your DNS host allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published today: %n SPF records, so receivers ignore all of them. They are merged into the one below; delete all of them when you publish it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You chose to start from a new record: what is published is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (duplicates or never evaluated): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record is published yet; this will be the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no record yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 Correct or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups: at least %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1 of 2 empty lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the sender (macro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1 (saves %n lookup(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No term can simply go: move senders that support it to a subdomain, or ask them for an include with fewer lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even all of this leaves the record over the limit; a sender must move to a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you publish the record, press the button above: the wizard asks the zone&apos;s own servers first and the public resolvers once those have it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each domain stands now compared with the start, and what to do next and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PowerShell bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS re&amp;cords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (HT&amp;ML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (P&amp;DF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM %1 CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIND zone lines (*.zone);;CSV for import (*.csv);;Windows DNS Server commands (*.ps1);;Azure DNS commands (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ✓ %1 confirmed on %2 by %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  ✓ %1 already published (found by the latest check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1: not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1 On %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::TenantPage</name>
    <message>
        <source>Tenant and domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which domains should be protected, which Microsoft 365 tenant sends their mail, and where their DNS is managed. The DNS host decides how the records are shown to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Contoso Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: who does the rollout (shown in the hand-over report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One domain per line, e.g.
contoso.com
contoso.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a domain that sends no mail at all: it gets records that refuse all mail in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rg-dns (Azure portal: DNS zones &gt; the zone &gt; Resource group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure DNS commands (PowerShell and Azure CLI) name this resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (sends no mail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microsoft cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS hosted &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial domain is the *.onmicrosoft.com name Microsoft gave the tenant (admin center, Settings &gt; Domains). Microsoft already publishes its SPF and signs its mail with DKIM; its DMARC record is added in the admin center: Settings &gt; Domains &gt; the onmicrosoft.com domain &gt; DNS records &gt; Add record, type TXT, name _dmarc, value v=DMARC1; p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s initial domain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSession</name>
    <message>
        <source>The training data is missing from this build. Install MailAuth Wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSidePanel</name>
    <message>
        <source>TRAINING: simulated DNS and a simulated tenant. Nothing real is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;host panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hints&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal reached. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingWorld</name>
    <message>
        <source>Primary name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet provider&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public resolver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::WeakeningList</name>
    <message>
        <source>&lt;b&gt;These changes take away part of what is published today&lt;/b&gt; (protection, a sender, reports or mail delivery). Each one is made only if you tick it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, make this change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, make this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::WelcomePage</name>
    <message>
        <source>Welcome to MailAuth Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard takes your Microsoft 365 domain from &quot;anyone can send mail in our name&quot; to SPF, DKIM and DMARC in force, one checked step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will happen&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You name your domains, your tenant and where your DNS is hosted.&lt;/li&gt;&lt;li&gt;The wizard checks what DNS says today and lists what is missing or wrong.&lt;/li&gt;&lt;li&gt;SPF: it composes one correct record with the senders you use.&lt;/li&gt;&lt;li&gt;DKIM: it gives you the Exchange Online PowerShell to run, reads back the two CNAME targets you paste in, and tells you when to switch signing on.&lt;/li&gt;&lt;li&gt;DMARC: it starts with monitoring (p=none) and plans the steps to quarantine and reject.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;How long it takes&lt;/b&gt;: DNS changes usually appear within minutes to a few hours, but caches can keep old answers for up to a day or two, and Microsoft may need hours (sometimes days) to see new DKIM records. After each record you publish, the wizard watches every server and tells you when the world sees it, while you go on with the next step.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;: access to your DNS host&apos;s control panel, and an Exchange Online administrator role (Exchange Administrator or Global Administrator) to run the DKIM commands.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real domain at hand, or learning first? Training mode runs this wizard against a simulated DNS host, name servers and Exchange Online. Nothing real is changed, and simulated DNS can run up to 60 times faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenarios (*.scenario);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailauth::WizardPageBase</name>
    <message>
        <source>%1 (parked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up SPF, DKIM and DMARC for a Microsoft 365 domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log to the console as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s and the public ones; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit (for reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first page and the memory used, then quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in training mode: simulated DNS and tenant. The positional argument is then a scenario (%1, or a scenario file); fresh-domain if none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved project to open (or, with --training, a scenario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in scenario (%2) nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
