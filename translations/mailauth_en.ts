<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditFacts</name>
    <message numerus="yes">
        <source>SPF: %n records (receivers then ignore all of them)</source>
        <translation>
            <numerusform>SPF: %n record (receivers then ignore it)</numerusform>
            <numerusform>SPF: %n records (receivers then ignore all of them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n domain(s) checked with %1 DNS questions.</source>
        <translation>
            <numerusform>%n domain checked with %1 DNS questions.</numerusform>
            <numerusform>%n domains checked with %1 DNS questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DmarcReportSummary</name>
    <message numerus="yes">
        <source>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day(s) of reports → turn on DKIM for %2 (DKIM page).</source>
        <translation>
            <numerusform>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day of reports → turn on DKIM for %2 (DKIM page).</numerusform>
            <numerusform>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n days of reports → turn on DKIM for %2 (DKIM page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %L2 messages as %3 without aligned DKIM in %n day(s) of reports → %4, or move it to a subdomain of its own (for example news.%3).</source>
        <translation>
            <numerusform>%1 sent %L2 messages as %3 without aligned DKIM in %n day of reports → %4, or move it to a subdomain of its own (for example news.%3).</numerusform>
            <numerusform>%1 sent %L2 messages as %3 without aligned DKIM in %n days of reports → %4, or move it to a subdomain of its own (for example news.%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — quarantine will stop these. If one of them is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</source>
        <translation>
            <numerusform>%L1 messages as %2 from %n source nothing authorises: probably spoofing — quarantine will stop these. If it is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</numerusform>
            <numerusform>%L1 messages as %2 from %n sources nothing authorises: probably spoofing — quarantine will stop these. If one of them is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing, which p=reject already has receivers refuse. If one of them is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>
            <numerusform>%L1 messages as %2 from %n source nothing authorises: probably spoofing, which p=reject already has receivers refuse. If it is a server of yours, add it to SPF or sign its mail with DKIM.</numerusform>
            <numerusform>%L1 messages as %2 from %n sources nothing authorises: probably spoofing, which p=reject already has receivers refuse. If one of them is a server of yours, add it to SPF or sign its mail with DKIM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message numerus="yes">
        <source>%n more question(s) failed the same way.</source>
        <translation>
            <numerusform>%n more question failed the same way.</numerusform>
            <numerusform>%n more questions failed the same way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverReportsSection</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 messages from %n address(es).</source>
        <translation>
            <numerusform>Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 messages from %n address.</numerusform>
            <numerusform>Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 messages from %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message numerus="yes">
        <source>due since %n day(s)</source>
        <translation>
            <numerusform>due since %n day</numerusform>
            <numerusform>due since %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>%n domain(s) planned with %1 DNS questions.</source>
        <translation>
            <numerusform>%n domain planned with %1 DNS questions.</numerusform>
            <numerusform>%n domains planned with %1 DNS questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>%1 (saves %n lookup)</numerusform>
            <numerusform>%1 (saves %n lookups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message numerus="yes">
        <source>nested too deeply: more than %n archives or mails inside each other</source>
        <translation>
            <numerusform>nested too deeply: more than %n archive or mail inside each other</numerusform>
            <numerusform>nested too deeply: more than %n archives or mails inside each other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)), published %3</source>
        <translation>
            <numerusform>%1 to %2 (%n day), published %3</numerusform>
            <numerusform>%1 to %2 (%n days), published %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more source(s) (--json lists every one)</source>
        <translation>
            <numerusform>... and %n more source (--json lists every one)</numerusform>
            <numerusform>... and %n more sources (--json lists every one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read from %1 file(s)</source>
        <translation>
            <numerusform>%n report read from %1 file(s)</numerusform>
            <numerusform>%n reports read from %1 file(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) left out</source>
        <translation>
            <numerusform>; %n duplicate left out</numerusform>
            <numerusform>; %n duplicates left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n outside the period</source>
        <translation>
            <numerusform>; %n outside the period</numerusform>
            <numerusform>; %n outside the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped.</source>
        <translation>
            <numerusform>; %n file skipped.</numerusform>
            <numerusform>; %n files skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n source looked up with %1 DNS questions.</numerusform>
            <numerusform>%n sources looked up with %1 DNS questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageReadiness</name>
    <message numerus="yes">
        <source>%L1 messages from %n source(s) that nothing authorises failed: quarantine and reject will stop them. If a server of yours is among them, authorise it first.</source>
        <translation>
            <numerusform>%L1 messages from %n source that nothing authorises failed: quarantine and reject will stop them. If it is a server of yours, authorise it first.</numerusform>
            <numerusform>%L1 messages from %n sources that nothing authorises failed: quarantine and reject will stop them. If a server of yours is among them, authorise it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reports cover %n day(s); at least %1 are needed to see every sender, including the ones that send once a week or once a month.</source>
        <translation>
            <numerusform>The reports cover %n day; at least %1 are needed to see every sender, including the ones that send once a week or once a month.</numerusform>
            <numerusform>The reports cover %n days; at least %1 are needed to see every sender, including the ones that send once a week or once a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to %1 (%2 of legitimate mail passes, %n day(s) of reports).</source>
        <translation>
            <numerusform>Ready to %1 (%2 of legitimate mail passes, %n day of reports).</numerusform>
            <numerusform>Ready to %1 (%2 of legitimate mail passes, %n days of reports).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::AuditView</name>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n error)</numerusform>
            <numerusform>%1 (%n errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcReportsDialog</name>
    <message numerus="yes">
        <source>%n distinct report(s) read</source>
        <translation>
            <numerusform>%n distinct report read</numerusform>
            <numerusform>%n distinct reports read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n seen twice, counted once)</source>
        <translation>
            <numerusform>(%n seen twice, counted once)</numerusform>
            <numerusform>(%n seen twice, counted once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n file could not be read:</numerusform>
            <numerusform>%n files could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) kept in the project from earlier readings.</source>
        <translation>
            <numerusform>%n report kept in the project from earlier readings.</numerusform>
            <numerusform>%n reports kept in the project from earlier readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n kept in the project from earlier readings)</source>
        <translation>
            <numerusform>(and %n kept in the project from earlier readings)</numerusform>
            <numerusform>(and %n kept in the project from earlier readings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n source looked up with %1 DNS questions.</numerusform>
            <numerusform>%n sources looked up with %1 DNS questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationWatcher</name>
    <message numerus="yes">
        <source>%1 %2 is visible everywhere: %n server(s) confirmed it.</source>
        <translation>
            <numerusform>%1 %2 is visible everywhere: %n server confirmed it.</numerusform>
            <numerusform>%1 %2 is visible everywhere: %n servers confirmed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not confirmed by %n server(s): %1</source>
        <translation>
            <numerusform>Not confirmed by %n server: %1</numerusform>
            <numerusform>Not confirmed by %n servers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::RecordView</name>
    <message numerus="yes">
        <source>Replaces %n of today&apos;s %1 records (%2): change it (or delete them) instead of adding another one.</source>
        <translation>
            <numerusform>Replaces today&apos;s %1 record (%2): change that record (or delete it) instead of adding a second one.</numerusform>
            <numerusform>Replaces %n of today&apos;s %1 records (%2): delete all of them instead of adding another one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::SpfPage</name>
    <message numerus="yes">
        <source>Published today: %n SPF records, so receivers ignore all of them. They are merged into the one below; delete all of them when you publish it:</source>
        <translation>
            <numerusform>Published today: %n SPF record. It is merged into the one below; delete it when you publish that one:</numerusform>
            <numerusform>Published today: %n SPF records, so receivers ignore all of them. They are merged into the one below; delete all of them when you publish it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>• %1 (saves %n lookup)</numerusform>
            <numerusform>• %1 (saves %n lookups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::SummaryPage</name>
    <message numerus="yes">
        <source>  ✓ %1 confirmed on %2 by %n server(s)</source>
        <translation>
            <numerusform>  ✓ %1 confirmed on %2 by %n server</numerusform>
            <numerusform>  ✓ %1 confirmed on %2 by %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::WelcomePage</name>
    <message numerus="yes">
        <source>%n older interrupted session(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n older interrupted session will be offered after this one.</numerusform>
            <numerusform>%n older interrupted sessions will be offered after this one.</numerusform>
        </translation>
    </message>
</context>
</TS>
