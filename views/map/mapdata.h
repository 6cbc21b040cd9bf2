#pragma once

#include "engine/results.h"
#include "model/model.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace atlas {

/**
 * What the map shows, derived once from a project (with its scenario applied) and,
 * when there is one, the scenario's run result. All series have one value per period.
 * Positions are geographic: x = longitude, y = latitude. Pure computation, no widgets.
 */
struct MapData
{
    struct RegionInfo {
        QString id, name;
        QPointF geo;
        std::vector<double> demand;  ///< PFLOPS demanded by the region's tenants
        std::vector<double> served;  ///< PFLOPS of it served (anywhere); empty without a result
    };
    struct CenterInfo {
        QString id, name, region;
        QPointF geo;
        std::vector<double> capacity;                 ///< PFLOPS
        std::vector<std::vector<double>> ecoCapacity; ///< [period][ecosystem] PFLOPS
        std::vector<double> utilization;              ///< empty without a result
    };
    struct LinkInfo {
        QString from, to;
        QPointF fromGeo, toGeo;
        double latencyMs = 0;
        std::optional<double> bandwidthGbps;
        std::vector<double> carried;  ///< PFLOPS of flows routed over the link
    };
    struct FlowInfo {
        int region = -1;             ///< index into regions
        int center = -1;             ///< index into centers
        QList<QPointF> route;        ///< geographic points from the region to the centre
        std::vector<double> pflops;  ///< per period, aggregated over the region's tenants
    };

    int periodCount = 0;
    QStringList periodLabels;        ///< "2026-01", …
    QStringList ecosystems;          ///< sorted; glyph slices follow this order
    QList<RegionInfo> regions;
    QList<CenterInfo> centers;
    QList<LinkInfo> links;           ///< the project's explicit links
    QList<FlowInfo> flows;
    bool hasResult = false;

    // Maxima over all entities and periods, so symbol sizes compare across periods.
    double maxDemand = 0, maxCapacity = 0, maxCarried = 0, maxFlow = 0;
    /** Largest carried / bandwidth over links with a bandwidth (0 when none). */
    double maxLoadRatio = 0;

    /** Builds the map data; `result` may be null (then only demand and capacity). */
    static MapData build(const Project &effective, const ScenarioResult *result);

    double servedShare(int region, int period) const;   ///< -1 when unknown
    double linkLoad(int link, int period) const;         ///< 0–1, -1 without bandwidth
    int regionIndex(const QString &id) const;
    int centerIndex(const QString &id) const;
};

} // namespace atlas
