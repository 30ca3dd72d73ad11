// Cloud and DNS host names are shown through translation where they have a name of their own in a language; the
// English in the code is the file's.
#include "model/Catalogue.h"

#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

// Marks every text of the Catalogue context it is asked for, so a test sees which names went through translation.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        return QLatin1String(context) == u"Catalogue" ? u'«' + QString::fromUtf8(source) + u'»' : QString();
    }
    bool isEmpty() const override { return false; }
};

QString cloudName(const QString& id)
{
    return Catalogue::displayName(*Catalogue::instance().cloud(id));
}

QString hostName(const QString& id)
{
    return Catalogue::displayName(*Catalogue::instance().dnsHost(id));
}

} // namespace

TEST(CatalogueNames, InEnglishTheyAreTheFilesNames)
{
    ASSERT_FALSE(Catalogue::instance().clouds().isEmpty());
    for (const CloudInfo& cloud : Catalogue::instance().clouds()) {
        EXPECT_EQ(Catalogue::displayName(cloud), cloud.name) << cloud.id.toStdString();
    }
    for (const DnsHostInfo& host : Catalogue::instance().dnsHosts()) {
        EXPECT_EQ(Catalogue::displayName(host), host.name) << host.id.toStdString();
    }
}

TEST(CatalogueNames, NamesWithATranslationGoThroughItAndBrandsDoNot)
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    EXPECT_EQ(cloudName(QStringLiteral("worldwide")), QStringLiteral("«Worldwide (Microsoft 365 commercial)»"));
    EXPECT_EQ(cloudName(QStringLiteral("gcc")), QStringLiteral("«GCC (US Government Community Cloud)»"));
    EXPECT_EQ(cloudName(QStringLiteral("china")), QStringLiteral("«Office 365 operated by 21Vianet (China)»"));
    EXPECT_EQ(hostName(QStringLiteral("generic")), QStringLiteral("«A web control panel (generic)»"));
    EXPECT_EQ(hostName(QStringLiteral("bind")), QStringLiteral("«BIND zone file»"));
    EXPECT_EQ(hostName(QStringLiteral("windows")), QStringLiteral("«Windows DNS Server»"));
    EXPECT_EQ(cloudName(QStringLiteral("gcchigh")), QStringLiteral("GCC High"));
    EXPECT_EQ(hostName(QStringLiteral("cloudflare")), QStringLiteral("Cloudflare"));
    QCoreApplication::removeTranslator(&marking);
    EXPECT_EQ(cloudName(QStringLiteral("worldwide")), QStringLiteral("Worldwide (Microsoft 365 commercial)"));
}
