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
</TS>
