// The sender catalogue is read strictly: the DMARC report summary names senders by its domains and selectors, so a
// typo in resources/senders.json must stop the load with the reason, not quietly recognise nobody.
#include "model/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QJsonObject validSender()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("sendgrid")},
                       {QStringLiteral("name"), QStringLiteral("SendGrid")},
                       {QStringLiteral("include"), QStringLiteral("sendgrid.net")},
                       {QStringLiteral("lookups"), 1},
                       {QStringLiteral("returnPathSubdomain"), true},
                       {QStringLiteral("dkimDomains"), QJsonArray{QStringLiteral("sendgrid.net")}},
                       {QStringLiteral("returnPathDomains"), QJsonArray{QStringLiteral("sendgrid.net")}},
                       {QStringLiteral("dkimSelectors"), QJsonArray{QStringLiteral("s1"), QStringLiteral("s2")}}};
}

QByteArray file(const QList<QJsonObject>& senders)
{
    QJsonArray list;
    for (const QJsonObject& s : senders) {
        list.append(s);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("about"), QStringLiteral("test")}, {QStringLiteral("senders"), list}})
        .toJson();
}

TEST(SenderCatalogue, ReadsEveryField)
{
    QString error;
    const auto senders = Catalogue::parseSenders(file({validSender()}), &error);
    ASSERT_TRUE(senders) << error.toStdString();
    ASSERT_EQ(senders->size(), 1);
    const SenderInfo& s = senders->first();
    EXPECT_EQ(s.id, QStringLiteral("sendgrid"));
    EXPECT_EQ(s.name, QStringLiteral("SendGrid"));
    EXPECT_EQ(s.include, QStringLiteral("sendgrid.net"));
    EXPECT_EQ(s.documentedLookups, 1);
    EXPECT_TRUE(s.returnPathSubdomain);
    EXPECT_EQ(s.dkimDomains, QStringList{QStringLiteral("sendgrid.net")});
    EXPECT_EQ(s.returnPathDomains, QStringList{QStringLiteral("sendgrid.net")});
    EXPECT_EQ(s.dkimSelectors, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
}

TEST(SenderCatalogue, RefusesWhatIsNotExactlyRight)
{
    struct Case
    {
        const char* what;
        std::function<void(QJsonObject&)> edit;
        const char* reason;
    };
    const QList<Case> cases{
        {"unknown key", [](QJsonObject& o) { o.insert(QStringLiteral("dkimDomain"), QJsonArray{}); },
         "unknown key \"dkimDomain\""},
        {"missing key", [](QJsonObject& o) { o.remove(QStringLiteral("returnPathDomains")); },
         "missing key \"returnPathDomains\""},
        {"id with capitals", [](QJsonObject& o) { o.insert(QStringLiteral("id"), QStringLiteral("SendGrid")); },
         "id \"SendGrid\""},
        {"empty name", [](QJsonObject& o) { o.insert(QStringLiteral("name"), QStringLiteral(" ")); }, "name"},
        {"name with a control character",
         [](QJsonObject& o) { o.insert(QStringLiteral("name"), QString::fromUtf8("Send\x1bGrid")); }, "name"},
        {"include not a domain",
         [](QJsonObject& o) { o.insert(QStringLiteral("include"), QStringLiteral("include:sendgrid.net")); },
         "include"},
        {"lookups zero", [](QJsonObject& o) { o.insert(QStringLiteral("lookups"), 0); }, "lookups"},
        {"lookups eleven", [](QJsonObject& o) { o.insert(QStringLiteral("lookups"), 11); }, "lookups"},
        {"lookups fraction", [](QJsonObject& o) { o.insert(QStringLiteral("lookups"), 1.5); }, "lookups"},
        {"lookups as text", [](QJsonObject& o) { o.insert(QStringLiteral("lookups"), QStringLiteral("1")); },
         "lookups"},
        {"flag as text",
         [](QJsonObject& o) { o.insert(QStringLiteral("returnPathSubdomain"), QStringLiteral("true")); },
         "returnPathSubdomain"},
        {"domain in capitals",
         [](QJsonObject& o) { o.insert(QStringLiteral("dkimDomains"), QJsonArray{QStringLiteral("SendGrid.net")}); },
         "dkimDomains: \"SendGrid.net\""},
        {"single-label domain",
         [](QJsonObject& o) { o.insert(QStringLiteral("returnPathDomains"), QJsonArray{QStringLiteral("net")}); },
         "returnPathDomains: \"net\""},
        {"domain with a trailing dot",
         [](QJsonObject& o) {
             o.insert(QStringLiteral("returnPathDomains"), QJsonArray{QStringLiteral("sendgrid.net.")});
         },
         "returnPathDomains"},
        {"domain twice",
         [](QJsonObject& o) {
             o.insert(QStringLiteral("dkimDomains"),
                      QJsonArray{QStringLiteral("sendgrid.net"), QStringLiteral("sendgrid.net")});
         },
         "listed twice"},
        {"list that is a string",
         [](QJsonObject& o) { o.insert(QStringLiteral("dkimSelectors"), QStringLiteral("s1")); }, "not a list"},
        {"number in a list", [](QJsonObject& o) { o.insert(QStringLiteral("dkimSelectors"), QJsonArray{1}); },
         "dkimSelectors"},
        {"selector with a space",
         [](QJsonObject& o) { o.insert(QStringLiteral("dkimSelectors"), QJsonArray{QStringLiteral("s 1")}); },
         "dkimSelectors"},
    };
    for (const Case& c : cases) {
        QJsonObject sender = validSender();
        c.edit(sender);
        QString error;
        EXPECT_FALSE(Catalogue::parseSenders(file({sender}), &error)) << c.what;
        EXPECT_TRUE(error.contains(QLatin1String(c.reason))) << c.what << ": " << error.toStdString();
        EXPECT_TRUE(error.startsWith(QStringLiteral("senders[0]: "))) << c.what << ": " << error.toStdString();
    }
}

TEST(SenderCatalogue, RefusesTheFileAroundTheSenders)
{
    QString error;
    EXPECT_FALSE(Catalogue::parseSenders(file({validSender(), validSender()}), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("senders[1]: id \"sendgrid\" is used twice"))) << error.toStdString();
    EXPECT_FALSE(Catalogue::parseSenders(R"({"senders": [], "senders": []})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("repeated"))) << error.toStdString();
    EXPECT_FALSE(Catalogue::parseSenders(R"({"about": "", "senders": [], "extra": 1})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("unknown key \"extra\""))) << error.toStdString();
    EXPECT_FALSE(Catalogue::parseSenders(R"({"about": "", "senders": {}})", &error));
    EXPECT_FALSE(Catalogue::parseSenders(R"({"about": "", "senders": [1]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an object"))) << error.toStdString();
    EXPECT_FALSE(Catalogue::parseSenders("[]", &error));
    EXPECT_FALSE(Catalogue::parseSenders("{", &error));
    // A repeated key inside a sender, which QJsonDocument alone would silently resolve.
    EXPECT_FALSE(Catalogue::parseSenders(
        R"({"about": "", "senders": [{"id": "a", "id": "b", "name": "A", "include": "a.example", "lookups": 1,
            "returnPathSubdomain": false, "dkimDomains": [], "returnPathDomains": [], "dkimSelectors": []}]})",
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"id\" repeated on line 1"))) << error.toStdString();
    EXPECT_TRUE(Catalogue::parseSenders(R"({"about": "", "senders": []})", &error));
}

TEST(SenderCatalogue, TheShippedCatalogueLoadsWithWhatTheReportsNeed)
{
    const Catalogue& catalogue = Catalogue::instance();
    EXPECT_TRUE(catalogue.loadError().isEmpty()) << catalogue.loadError().toStdString();
    ASSERT_GE(catalogue.senders().size(), 9);
    for (const SenderInfo& s : catalogue.senders()) {
        // Every sender can be told apart in a report by at least one of its own domains.
        EXPECT_FALSE(s.dkimDomains.isEmpty() && s.returnPathDomains.isEmpty()) << s.id.toStdString();
        EXPECT_FALSE(Catalogue::senderDkimSetupText(s).isEmpty());
    }
    const auto sendgrid = catalogue.sender(QStringLiteral("sendgrid"));
    ASSERT_TRUE(sendgrid);
    EXPECT_TRUE(sendgrid->dkimSelectors.contains(QStringLiteral("s1")));
    EXPECT_TRUE(Catalogue::senderDkimSetupText(*sendgrid).contains(QStringLiteral("s1._domainkey")));
    // Exchange Online Protection's networks are data, checked as networks when loaded.
    const auto worldwide = catalogue.cloud(QStringLiteral("worldwide"));
    ASSERT_TRUE(worldwide);
    EXPECT_TRUE(worldwide->outboundNetworks.contains(QStringLiteral("40.107.0.0/16")));
    for (const CloudInfo& c : catalogue.clouds()) {
        for (const QString& n : c.outboundNetworks) {
            EXPECT_TRUE(Catalogue::parseNetwork(n)) << n.toStdString();
        }
    }
}

TEST(SenderCatalogue, NetworksParseStrictly)
{
    const auto v4 = Catalogue::parseNetwork(QStringLiteral("40.107.0.0/16"));
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->prefixLength, 16);
    EXPECT_EQ(Catalogue::parseNetwork(QStringLiteral("2a01:111:f400::/48"))->prefixLength, 48);
    EXPECT_EQ(Catalogue::parseNetwork(QStringLiteral("192.0.2.1"))->prefixLength, 32);
    for (const char* bad : {"40.107.0.0/33", "2a01::/129", "40.107.0.0/", "40.107.0.0/+8", "40.107.0.0/ 8",
                            "40.107.0.0/-1", "40.107/16", "", "/8"}) {
        EXPECT_FALSE(Catalogue::parseNetwork(QString::fromLatin1(bad))) << bad;
    }
}

} // namespace
