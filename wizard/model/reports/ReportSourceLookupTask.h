#pragma once

#include "dns/AresChannel.h"
#include "model/reports/SourceNameLookup.h"
#include "model/reports/SourceSpfAuthority.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <utility>

namespace mailauth {

class ResolverLookup;

// The DNS facts about report sources, in the background: each source's PTR name (SourceNameLookup) and the part of
// its domain's own SPF record that authorises it (SourceSpfAuthority), through one ResolverLookup, so its cache and
// in-flight cap bound the traffic of both. Used by the reports window and `mailauth reports --names`; nothing
// touches the network before start(). Can be cancelled; start() again adds to what is known (one cache).
class ReportSourceLookupTask final : public QObject
{
    Q_OBJECT

public:
    using DomainSources = QList<std::pair<QString, QStringList>>; // header_from domain -> its source addresses

    ReportSourceLookupTask(const QList<AresChannel::Options>& servers, int maxInFlight, QObject* parent = nullptr);
    ~ReportSourceLookupTask() override;

    void start(const DomainSources& sources);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after start(), also while running (what is known so far) and after cancel().
    std::optional<SourceNameLookup::Name> name(const QString& ip) const;
    std::optional<SourceSpfAuthority::Verdict> spf(const QString& domain, const QString& ip) const;
    int questionsAsked() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void step();

    QList<AresChannel::Options> m_servers;
    int m_maxInFlight;
    std::unique_ptr<ResolverLookup> m_lookup;
    std::unique_ptr<SourceNameLookup> m_names;
    std::unique_ptr<SourceSpfAuthority> m_spf;
    QTimer m_rerun;
    int m_total = 0;
    bool m_running = false;
};

} // namespace mailauth
