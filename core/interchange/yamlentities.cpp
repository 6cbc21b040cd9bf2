#include "yamlentities.h"

namespace atlas::yamlentities {

namespace {

template<typename E>
void choice(YamlFields &f, const YamlNode &map, const std::string &path, std::string_view key,
            E &out, std::optional<E> (*parse)(std::string_view), Code unknown)
{
    const auto value = f.child(map, path, key, true);
    if (!value)
        return;
    const std::string field = joinPath(path, key);
    if (!value->isScalar()) {
        f.add(error(Code::WrongType, field, {field, "text"}));
        return;
    }
    const std::string text = value->scalar();
    if (const auto v = parse(text))
        out = *v;
    else
        f.add(error(unknown, field, {text}));
}

void demand(YamlFields &f, const YamlNode &map, const std::string &path, Demand &d)
{
    const auto node = f.child(map, path, "demand", true);
    if (!node)
        return;
    const std::string field = joinPath(path, "demand");
    if (node->isMap() && (*node)["series"].isDefined()) {
        // {series: [...]}: base, growth and from have no meaning beside a series.
        if (!f.map(*node, field, {"series"}))
            return;
        d.explicitSeries = true;
        f.numbers(*node, field, "series", d.series);
        return;
    }
    if (!f.map(*node, field, {"base", "growth", "from"}))
        return;
    f.number(*node, field, "base", d.base);
    f.number(*node, field, "growth", d.growth, false);
    f.month(*node, field, "from", d.from);
}

template<typename T, typename Read>
std::vector<T> items(YamlFields &f, const YamlNode &map, const std::string &path,
                     std::string_view key, Read read)
{
    std::vector<T> out;
    const auto nodes = f.list(map, path, key);
    const std::string field = joinPath(path, key);
    for (size_t i = 0; i < nodes.size(); ++i)
        out.push_back(read(f, nodes[i], indexPath(field, i)));
    return out;
}

} // namespace

Region region(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Region r;
    if (!f.map(node, path, {"id", "name", "lat", "lon"}))
        return r;
    f.text(node, path, "id", r.id);
    f.text(node, path, "name", r.name);
    f.number(node, path, "lat", r.lat);
    f.number(node, path, "lon", r.lon);
    return r;
}

Center center(YamlFields &f, const YamlNode &node, const std::string &path, bool added)
{
    Center c;
    const bool isMap = added
        ? f.map(node, path, {"id", "name", "region", "lat", "lon", "pue", "power_mw",
                             "electricity_price", "availability", "build_cost"})
        : f.map(node, path, {"id", "name", "region", "lat", "lon", "pue", "power_mw",
                             "electricity_price", "availability"});
    if (!isMap)
        return c;
    f.text(node, path, "id", c.id);
    f.text(node, path, "name", c.name);
    f.text(node, path, "region", c.region);
    f.number(node, path, "lat", c.lat);
    f.number(node, path, "lon", c.lon);
    f.number(node, path, "pue", c.pue);
    f.number(node, path, "power_mw", c.powerMw);
    f.number(node, path, "electricity_price", c.electricityPrice);
    f.number(node, path, "availability", c.availability, false);
    if (added)
        f.number(node, path, "build_cost", c.buildCost);
    return c;
}

Chip chip(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Chip c;
    if (!f.map(node, path, {"id", "vendor", "name", "ecosystem", "tflops", "memory_gb", "tdp_w",
                            "idle_fraction", "price"}))
        return c;
    f.text(node, path, "id", c.id);
    f.text(node, path, "vendor", c.vendor);
    f.text(node, path, "name", c.name);
    f.text(node, path, "ecosystem", c.ecosystem);
    f.number(node, path, "tflops", c.tflops);
    f.number(node, path, "memory_gb", c.memoryGb, false);
    f.number(node, path, "tdp_w", c.tdpW);
    f.number(node, path, "idle_fraction", c.idleFraction);
    f.number(node, path, "price", c.price);
    return c;
}

Inventory inventory(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Inventory inv;
    if (!f.map(node, path, {"center", "chip", "count", "from", "until"}))
        return inv;
    f.text(node, path, "center", inv.center);
    f.text(node, path, "chip", inv.chip);
    f.integer(node, path, "count", inv.count);
    f.month(node, path, "from", inv.from);
    f.month(node, path, "until", inv.until);
    return inv;
}

Link link(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Link l;
    if (!f.map(node, path, {"from", "to", "latency_ms", "bandwidth_gbps"}))
        return l;
    f.text(node, path, "from", l.from);
    f.text(node, path, "to", l.to);
    f.number(node, path, "latency_ms", l.latencyMs);
    f.number(node, path, "bandwidth_gbps", l.bandwidthGbps);
    return l;
}

Tenant tenant(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Tenant t;
    if (!f.map(node, path, {"id", "name", "region", "industry", "workload", "ecosystems",
                            "max_latency_ms", "value", "transfer_cost", "demand"}))
        return t;
    f.text(node, path, "id", t.id);
    f.text(node, path, "name", t.name);
    f.text(node, path, "region", t.region);
    f.text(node, path, "industry", t.industry);
    choice(f, node, path, "workload", t.workload, &parseWorkload, Code::UnknownWorkload);
    f.texts(node, path, "ecosystems", t.ecosystems);
    f.number(node, path, "max_latency_ms", t.maxLatencyMs);
    f.number(node, path, "value", t.value);
    f.number(node, path, "transfer_cost", t.transferCost);
    demand(f, node, path, t.demand);
    return t;
}

Scenario scenario(YamlFields &f, const YamlNode &node, const std::string &path)
{
    Scenario s;
    if (!f.map(node, path, {"id", "name", "policy", "demand_scale", "add_centers",
                            "add_inventory", "add_links"}))
        return s;
    f.text(node, path, "id", s.id);
    f.text(node, path, "name", s.name);
    choice(f, node, path, "policy", s.policy, &parsePolicy, Code::UnknownPolicy);
    f.number(node, path, "demand_scale", s.demandScale);
    s.addCenters = items<Center>(f, node, path, "add_centers",
                                 [](YamlFields &y, const YamlNode &n, const std::string &p) {
                                     return center(y, n, p, true);
                                 });
    s.addInventory = items<Inventory>(f, node, path, "add_inventory", &inventory);
    s.addLinks = items<Link>(f, node, path, "add_links", &link);
    return s;
}

} // namespace atlas::yamlentities
