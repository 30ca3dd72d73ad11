#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth {
struct ReportDomainStats;
struct StageReadinessResult;
} // namespace mailauth

namespace mailauth::cli {

// mailauth reports PATH... [--domain D]... [--since YYYY-MM-DD] [--tenant NAME] [--names [--resolver ...]] [--json]:
// reads DMARC aggregate reports (files and folders: .xml, .gz, .zip, .eml, mbox; ReportReader), sums them per
// domain and source (DmarcReportSummary), says who each source is, what to fix, and whether the domain may move to
// its next DMARC stage (StageReadiness). Only --names touches the network (PTR lookups through the resolver options).
class ReportsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCommand)

public:
    // The text output lists this many sources per domain (most messages first); --json lists all.
    static constexpr int kTextSources = 25;

    explicit ReportsCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    void printText(const ReportDomainStats& domain, const StageReadinessResult& readiness);

    CliOutput& m_output;
};

} // namespace mailauth::cli
