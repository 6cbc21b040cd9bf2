#include "network.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>
#include <utility>

namespace atlas {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;

} // namespace

struct Network::Impl {
    std::vector<std::string> ids;
    std::unordered_map<std::string, int> index;
    int n = 0;
    std::vector<double> dist;   ///< n × n, negative when unreachable
    std::vector<int> pred;      ///< n × n, predecessor of b on the route from a
};

Network::Network(const Project &p)
{
    auto impl = std::make_shared<Impl>();
    auto addNode = [&](const std::string &id) {
        if (impl->index.emplace(id, static_cast<int>(impl->ids.size())).second)
            impl->ids.push_back(id);
    };
    for (const auto &r : p.regions)
        addNode(r.id);
    for (const auto &c : p.centers)
        addNode(c.id);
    const int n = static_cast<int>(impl->ids.size());
    impl->n = n;

    Graph g(static_cast<std::size_t>(n));
    std::set<std::pair<int, int>> explicitPairs;
    for (const auto &l : p.links) {
        const auto a = impl->index.find(l.from);
        const auto b = impl->index.find(l.to);
        if (a == impl->index.end() || b == impl->index.end() || !std::isfinite(l.latencyMs))
            continue;
        // Validation refuses negative latencies; Dijkstra must never see one.
        boost::add_edge(a->second, b->second, std::max(0.0, l.latencyMs), g);
        explicitPairs.emplace(std::min(a->second, b->second), std::max(a->second, b->second));
    }
    const double access = std::isfinite(p.parameters.accessLatencyMs)
        ? std::max(0.0, p.parameters.accessLatencyMs) : 0.0;
    for (const auto &c : p.centers) {
        const auto a = impl->index.find(c.id);
        const auto b = impl->index.find(c.region);
        if (b == impl->index.end() || a->second == b->second)
            continue;
        const auto key = std::make_pair(std::min(a->second, b->second), std::max(a->second, b->second));
        if (!explicitPairs.count(key))
            boost::add_edge(a->second, b->second, access, g);
    }

    impl->dist.assign(static_cast<std::size_t>(n) * n, -1.0);
    impl->pred.assign(static_cast<std::size_t>(n) * n, -1);
    std::vector<double> dist(n);
    std::vector<std::size_t> pr(n);
    const double inf = std::numeric_limits<double>::infinity();
    for (int s = 0; s < n; ++s) {
        boost::dijkstra_shortest_paths(
            g, static_cast<std::size_t>(s),
            boost::predecessor_map(pr.data()).distance_map(dist.data()).distance_inf(inf));
        for (int v = 0; v < n; ++v) {
            if (dist[v] < inf) {
                impl->dist[static_cast<std::size_t>(s) * n + v] = dist[v];
                impl->pred[static_cast<std::size_t>(s) * n + v] = static_cast<int>(pr[v]);
            }
        }
    }
    this->d = std::move(impl);
}

int Network::nodeIndex(const std::string &id) const
{
    const auto it = d->index.find(id);
    return it == d->index.end() ? -1 : it->second;
}

double Network::latency(int a, int b) const
{
    if (a < 0 || b < 0 || a >= d->n || b >= d->n)
        return -1.0;
    return d->dist[static_cast<std::size_t>(a) * d->n + b];
}

std::optional<double> Network::latency(const std::string &a, const std::string &b) const
{
    const double l = latency(nodeIndex(a), nodeIndex(b));
    if (l < 0)
        return std::nullopt;
    return l;
}

std::vector<std::string> Network::route(const std::string &a, const std::string &b) const
{
    const int s = nodeIndex(a);
    const int t = nodeIndex(b);
    if (latency(s, t) < 0)
        return {};
    std::vector<std::string> path;
    for (int v = t; v != s; v = d->pred[static_cast<std::size_t>(s) * d->n + v])
        path.push_back(d->ids[v]);
    path.push_back(d->ids[s]);
    return {path.rbegin(), path.rend()};
}

} // namespace atlas
