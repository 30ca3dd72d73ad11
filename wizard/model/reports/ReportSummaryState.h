#pragma once

#include "model/reports/ReportSourceClassifier.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <utility>

namespace mailauth {

// The sums of DmarcReportSummary as plain data, so a project can keep them (ReportSummaryJson) and a later reading
// can add to them (DmarcReportSummary::restore). Reporters and source classes are listed once and referred to by
// their index, as the summary keeps them.
struct ReportDay
{
    QDate day;
    quint64 passing = 0;
    quint64 failing = 0;
};

struct ReportTally
{
    quint64 messages = 0;
    quint64 dmarcPass = 0;
    quint64 spfAligned = 0;
    quint64 dkimAligned = 0;
    std::array<quint64, 4> dispositions{}; // none, quarantine, reject, anything else
};

struct ReportSourceState
{
    QString ip;
    ReportTally tally;
    QList<int> reporters; // indexes into ReportSummaryState::reporters
    QDate first;
    QDate last;
    QList<std::pair<int, quint64>> classes; // index into ReportSummaryState::classes -> messages
};

struct ReportDomainState
{
    QString domain; // header_from, lower case
    ReportTally tally;
    QList<int> reporters;
    QDate first;
    QDate last;
    QList<ReportDay> days;                      // days with data, ascending
    QList<std::pair<int, ReportTally>> senders; // class index -> sums
    QList<ReportSourceState> sources;
    QString policy;
    QDateTime policyAt; // when the report that gave `policy` ended
    bool testing = false;
};

struct ReportSummaryState
{
    QStringList reporters;
    QList<ReportSourceClass> classes;
    QList<ReportDomainState> domains;
    int reports = 0;       // distinct reports added
    QSet<QByteArray> seen; // ReportReader::identityKey() of every report added, so a report read again counts once

    bool isEmpty() const { return domains.isEmpty() && seen.isEmpty() && reports == 0; }
};

} // namespace mailauth
