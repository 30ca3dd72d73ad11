// DNS packets from the network: the answer walker (what c-ares hands over), what the resolver makes of the answer
// (SPF record selection from the TXT records), and the training servers' query reader and answer writer.
#include "FuzzSupport.h"
#include "dns/DnsMessage.h"
#include "spf/SpfRecordSelection.h"
#include "text/TxtStrings.h"
#include "training/DnsWireFormat.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray wire = fuzz::bytes(data, size);
    const DnsMessage message = DnsMessage::parse(wire);
    if (message.valid) {
        DnsAnswer answer;
        answer.status = message.answers.isEmpty() ? DnsStatus::NoData : DnsStatus::NoError;
        answer.records = message.answers;
        answer.negativeTtl = message.negativeTtl();
        (void)SpfRecordSelection::fromAnswer(answer);
        for (const DnsRecord& record : message.answers) {
            (void)record.txtJoined();
            (void)TxtStrings::toPresentation(record.txtStrings);
        }
    }

    // The training world answers with its own records, so only the query comes from outside.
    if (const auto query = DnsWireFormat::parseQuery(wire)) {
        DnsRecord txt;
        txt.name = query->name;
        txt.type = RecordType::TXT;
        txt.ttl = 300;
        txt.txtStrings = {QByteArrayLiteral("v=spf1 include:spf.protection.outlook.com -all")};
        DnsRecord soa;
        soa.name = query->name;
        soa.type = RecordType::SOA;
        soa.ttl = 3600;
        soa.soa.mname = QStringLiteral("ns1.example.com");
        soa.soa.rname = QStringLiteral("hostmaster.example.com");
        soa.soa.minimum = 300;
        DnsAnswer found;
        found.status = DnsStatus::NoError;
        found.records = {txt};
        (void)DnsWireFormat::encodeAnswer(*query, found, true, std::nullopt);
        DnsAnswer missing;
        missing.status = DnsStatus::NxDomain;
        (void)DnsWireFormat::encodeAnswer(*query, missing, false, soa);
    }
    return 0;
}
