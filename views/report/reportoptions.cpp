#include "reportoptions.h"

#include <algorithm>

namespace atlas {

std::vector<ReportSection> ReportOptions::allSections()
{
    return {ReportSection::Cover,       ReportSection::Contents,    ReportSection::Summary,
            ReportSection::Map,         ReportSection::Charts,      ReportSection::Breakdowns,
            ReportSection::Operations,  ReportSection::Assumptions, ReportSection::Methods,
            ReportSection::DataSources};
}

bool ReportOptions::has(ReportSection section) const
{
    return std::find(sections.begin(), sections.end(), section) != sections.end();
}

QString ReportOptions::baselineId() const
{
    if (!baseline.isEmpty() && scenarios.contains(baseline))
        return baseline;
    return scenarios.isEmpty() ? QString() : scenarios.first();
}

} // namespace atlas
