#pragma once

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace mailauth {

// A text a trainer writes once per language: "title = ..." and "title.de = ...".
struct LocalizedText
{
    QHash<QString, QString> byLanguage; // "" = the default text
    QString text(const QString& language) const;
    QString text() const; // in the language of the user interface (QLocale), else the default

    bool isEmpty() const { return byLanguage.isEmpty(); }
};

enum class TrainingGoalKind
{
    SpfValid,               // an SPF record that passes lint with -all or ~all
    SpfWithinLimit,         // ... and at most 10 DNS lookups
    DkimCnames,             // both selector CNAMEs point at Microsoft and the keys are found
    DkimEnabled,            // signing switched on in (simulated) Exchange Online
    DmarcPublished,         // a valid DMARC record at the domain with aggregate reports
    DmarcReportsAuthorized, // reports to another domain are authorized by it
    ParkedLocked,           // v=spf1 -all and p=reject
    SpfMerged,              // one valid SPF record that keeps every sender and the "all" of the starting record(s)
    DmarcNotWeakened,       // a DMARC record at the domain that protects at least as much as the starting one
    SenderDkim,             // the domain publishes the DKIM records (CNAME or key) of every selector of a sender
};

struct TrainingGoal
{
    TrainingGoalKind kind = TrainingGoalKind::SpfValid;
    QString domain;
    QString sender; // SenderDkim: the catalogue id (resources/senders.json)
    int line = 0;
};

struct DkimFormatChoice
{
    QString domain;
    bool legacy = false;    // selector1-...._domainkey.<tenant>.onmicrosoft.com
    QChar partition = u'r'; // ...<tenant-prefix>.<partition>-v1.dkim.mail.microsoft
};

// One classroom exercise, read from a text file in resources/training/ (or a trainer's own file).
// An answer the resolvers fetched before the lesson began, and still hold until its TTL (or the negative TTL) runs
// out: the cache a learner watches expire.
struct ResolverCacheSeed
{
    QString name;
    RecordType type = RecordType::TXT;
    qint64 secondsBeforeStart = 60;
};

struct TrainingScenario
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QList<LocalizedText> hints;
    QString client;
    QString tenant; // the initial *.onmicrosoft.com domain
    QString cloud = QStringLiteral("worldwide");
    QString dnsHost = QStringLiteral("generic");
    QStringList sendingDomains;
    QStringList parkedDomains;
    QStringList zones;
    QList<DnsRecord> records;
    QList<ResolverCacheSeed> resolverCache;
    QList<DkimFormatChoice> dkimFormats;
    QList<TrainingGoal> goals;
    QString reports; // a folder of aggregate reports shipped with the scenarios (TrainingScenarioParser::reportsPath)
    int secondaryDelaySeconds = 120;
    int microsoftDelaySeconds = 0; // how long Exchange Online takes to see new DKIM CNAMEs
    int negativeTtlSeconds = 3600;
    int speed = 60;
    // The file it was read from, as parsed: a saved session keeps it, so it resumes even where the trainer's file is
    // gone or was changed.
    QString sourceName;
    QByteArray sourceText;

    QStringList domains() const { return sendingDomains + parkedDomains; }
};

// Reads the scenario format: one "key = value" per line, '#' comments, record lines in zone-file order
// ("record = NAME TTL TYPE DATA"). Every error names the line.
class TrainingScenarioParser
{
    Q_DECLARE_TR_FUNCTIONS(TrainingScenarioParser)

public:
    static constexpr qint64 kMaxFileSize = 1024 * 1024; // what load() reads of a file

    static std::optional<TrainingScenario> parse(const QByteArray& text, const QString& source, QString* error);
    static std::optional<TrainingScenario> load(const QString& path, QString* error);
    // The part of the world every scenario shares (Microsoft's zones): zone and record lines only.
    static std::optional<TrainingScenario> parseWorld(const QByteArray& text, const QString& source, QString* error);
    // The scenarios shipped in resources/training/, by id, in their file order.
    static QStringList builtInIds();
    // Registers the training data embedded in this library (:/mailauth/data/training/: the scenarios, Microsoft's
    // zones, the DKIM key); Qt does not for static libraries. Cheap after the first call.
    static void registerBuiltInData();
    static QString builtInPath(const QString& id);
    // The folder of aggregate reports a scenario names ("reports = forgotten-sender"), among the built-in data.
    static QString reportsPath(const QString& folder);
    // "fabrikam.example 3600 TXT \"v=spf1 -all\"": nullopt with a reason.
    static std::optional<DnsRecord> parseRecord(const QString& text, QString* reason);

private:
    static std::optional<TrainingScenario> parseText(const QByteArray& text, const QString& source, QString* error,
                                                     bool worldOnly);
};

QString trainingGoalText(const TrainingGoal& goal);

} // namespace mailauth
