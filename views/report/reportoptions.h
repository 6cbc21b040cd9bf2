#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace atlas {

/** The report's sections, each of which may be left out. */
enum class ReportSection {
    Cover,
    Contents,
    Summary,
    Map,
    Charts,
    Breakdowns,   ///< utilization by centre, served share by tenant, the chip mix
    Assumptions,  ///< parameters, chip catalogue, scenario overlays
    Methods,
    DataSources,
    Operations,   ///< plan versus actual (baseline plan, the project's actuals); only with actuals
};

/** What a report shows and how: chosen by the report dialog or the command line. */
struct ReportOptions {
    /** Every section, in report order. */
    static std::vector<ReportSection> allSections();

    std::vector<ReportSection> sections = allSections();
    QStringList scenarios;      ///< scenario ids, in the order the report shows them
    /** Chosen scenarios left out without current results: the report names them. */
    QStringList missing;
    QString baseline;           ///< scenario id the others are compared with; empty = the first
    QString language;           ///< "en" or "zh_CN"; empty = the language now in force
    QString organisation;       ///< on the cover and in the footer; may be empty
    QString logoPath;           ///< an image on the cover; may be empty
    std::vector<int> mapPeriods; ///< period indexes shown on the map; empty = the last
    QString sourceFile;         ///< the project's file, named under data sources; may be empty

    bool has(ReportSection section) const;
    /** The baseline id in force: `baseline` when it is one of `scenarios`, else the first. */
    QString baselineId() const;
};

} // namespace atlas
