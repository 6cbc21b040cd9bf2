#pragma once

#include "model/model.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace atlas {

/**
 * The compute distance (算距): shortest latency over the undirected links plus the
 * implicit access link of each centre to its own region (Boost.Graph Dijkstra).
 * Nodes are regions and centres, by id.
 */
class Network {
public:
    explicit Network(const Project &effectiveProject);

    /** Latency in ms, or nullopt when b cannot be reached from a. */
    std::optional<double> latency(const std::string &a, const std::string &b) const;
    /** The node ids along the shortest route from a to b (a first); empty if unreachable. */
    std::vector<std::string> route(const std::string &a, const std::string &b) const;

    int nodeIndex(const std::string &id) const;                ///< -1 when unknown
    /** Latency by node index; negative when unreachable. */
    double latency(int a, int b) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

} // namespace atlas
