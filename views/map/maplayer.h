#pragma once

#include <QList>

namespace atlas {

/** The map's layers, bottom to top; each can be shown or hidden. */
enum class MapLayer {
    Basemap,     ///< land (Natural Earth)
    Countries,   ///< country outlines, illustrative; off by default
    Boundaries,  ///< user-imported official boundaries
    Links,
    Flows,
    Regions,
    Centers,
    Labels,
    Legend,
};

inline QList<MapLayer> allMapLayers()
{
    return {MapLayer::Basemap, MapLayer::Countries, MapLayer::Boundaries, MapLayer::Links,
            MapLayer::Flows,   MapLayer::Regions,   MapLayer::Centers,    MapLayer::Labels,
            MapLayer::Legend};
}

/** What a map item stands for; with an id it names one entity of the project. */
enum class MapEntityKind { None, Region, Center, Link };

} // namespace atlas
