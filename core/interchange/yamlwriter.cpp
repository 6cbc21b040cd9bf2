#include "yaml.h"

#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

namespace {

class Writer {
public:
    Writer()
    {
        mOut.SetOutputCharset(YAML::EmitNonAscii);
        mOut.SetIndent(2);
    }

    std::string write(const Project &p);

private:
    void text(const char *key, const std::string &value)
    {
        mOut << YAML::Key << key << YAML::Value;
        textValue(value);
    }
    void textValue(const std::string &value)
    {
        if (yamlscalar::needsQuotes(value))
            mOut << YAML::DoubleQuoted;
        mOut << value;
    }
    void number(const char *key, double value)
    {
        mOut << YAML::Key << key << YAML::Value << yamlscalar::formatNumber(value);
    }
    void number(const char *key, const std::optional<double> &value)
    {
        if (value)
            number(key, *value);
    }
    void month(const char *key, const std::optional<Month> &value)
    {
        if (value)
            mOut << YAML::Key << key << YAML::Value << formatMonth(*value);
    }
    /** Zero as its default is left out, but a -0 is written: it reads back bit for bit. */
    static bool isPlusZero(double v) { return v == 0 && !std::signbit(v); }

    template<typename T, typename Fn>
    void section(const char *key, const std::vector<T> &items, Fn writeItem)
    {
        mOut << YAML::Key << key << YAML::Value;
        if (items.empty()) {
            mOut << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        mOut << YAML::BeginSeq;
        for (const auto &item : items)
            writeItem(item);
        mOut << YAML::EndSeq;
    }

    void project(const Project &p);
    void parameters(const Parameters &p);
    void region(const Region &r);
    void center(const Center &c, bool added);
    void chip(const Chip &c);
    void inventory(const Inventory &inv);
    void link(const Link &l);
    void tenant(const Tenant &t);
    void demand(const Demand &d);
    void scenario(const Scenario &s);

    YAML::Emitter mOut;
};

void Writer::project(const Project &p)
{
    mOut << YAML::Key << "project" << YAML::Value << YAML::BeginMap;
    text("name", p.name);
    text("currency", p.currency);
    mOut << YAML::Key << "periods" << YAML::Value << YAML::Flow << YAML::BeginMap;
    mOut << YAML::Key << "start" << YAML::Value << formatMonth(p.periods.start);
    mOut << YAML::Key << "count" << YAML::Value << std::to_string(p.periods.count);
    mOut << YAML::Key << "length" << YAML::Value << toString(p.periods.length);
    mOut << YAML::EndMap << YAML::EndMap;
}

void Writer::parameters(const Parameters &p)
{
    const Parameters defaults;
    if (p == defaults && !std::signbit(p.transferCost) && !std::signbit(p.migrationCost))
        return;
    mOut << YAML::Key << "parameters" << YAML::Value << YAML::BeginMap;
    if (p.accessLatencyMs != defaults.accessLatencyMs)
        number("access_latency_ms", p.accessLatencyMs);
    if (!isPlusZero(p.transferCost))
        number("transfer_cost", p.transferCost);
    if (!isPlusZero(p.migrationCost))
        number("migration_cost", p.migrationCost);
    if (p.amortizationYears != defaults.amortizationYears)
        number("amortization_years", p.amortizationYears);
    mOut << YAML::EndMap;
}

void Writer::region(const Region &r)
{
    mOut << YAML::Flow << YAML::BeginMap;
    text("id", r.id);
    text("name", r.name);
    number("lat", r.lat);
    number("lon", r.lon);
    mOut << YAML::EndMap;
}

void Writer::center(const Center &c, bool added)
{
    mOut << YAML::BeginMap;
    text("id", c.id);
    text("name", c.name);
    text("region", c.region);
    number("lat", c.lat);
    number("lon", c.lon);
    number("pue", c.pue);
    number("power_mw", c.powerMw);
    number("electricity_price", c.electricityPrice);
    if (c.availability != 1.0)
        number("availability", c.availability);
    if (added)
        number("build_cost", c.buildCost);
    mOut << YAML::EndMap;
}

void Writer::chip(const Chip &c)
{
    mOut << YAML::Flow << YAML::BeginMap;
    text("id", c.id);
    text("vendor", c.vendor);
    text("name", c.name);
    text("ecosystem", c.ecosystem);
    number("tflops", c.tflops);
    if (!isPlusZero(c.memoryGb))
        number("memory_gb", c.memoryGb);
    number("tdp_w", c.tdpW);
    number("idle_fraction", c.idleFraction);
    number("price", c.price);
    mOut << YAML::EndMap;
}

void Writer::inventory(const Inventory &inv)
{
    mOut << YAML::Flow << YAML::BeginMap;
    text("center", inv.center);
    text("chip", inv.chip);
    mOut << YAML::Key << "count" << YAML::Value << std::to_string(inv.count);
    month("from", inv.from);
    month("until", inv.until);
    mOut << YAML::EndMap;
}

void Writer::link(const Link &l)
{
    mOut << YAML::Flow << YAML::BeginMap;
    text("from", l.from);
    text("to", l.to);
    number("latency_ms", l.latencyMs);
    number("bandwidth_gbps", l.bandwidthGbps);
    mOut << YAML::EndMap;
}

void Writer::demand(const Demand &d)
{
    mOut << YAML::Key << "demand" << YAML::Value << YAML::Flow << YAML::BeginMap;
    if (d.explicitSeries) {
        mOut << YAML::Key << "series" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (double v : d.series)
            mOut << yamlscalar::formatNumber(v);
        mOut << YAML::EndSeq;
    } else {
        number("base", d.base);
        if (!isPlusZero(d.growth))
            number("growth", d.growth);
        month("from", d.from);
    }
    mOut << YAML::EndMap;
}

void Writer::tenant(const Tenant &t)
{
    mOut << YAML::BeginMap;
    text("id", t.id);
    text("name", t.name);
    text("region", t.region);
    text("industry", t.industry);
    mOut << YAML::Key << "workload" << YAML::Value << toString(t.workload);
    mOut << YAML::Key << "ecosystems" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto &e : t.ecosystems)
        textValue(e);
    mOut << YAML::EndSeq;
    number("max_latency_ms", t.maxLatencyMs);
    number("value", t.value);
    number("transfer_cost", t.transferCost);
    demand(t.demand);
    mOut << YAML::EndMap;
}

void Writer::scenario(const Scenario &s)
{
    const bool overlays = !s.addCenters.empty() || !s.addInventory.empty() || !s.addLinks.empty();
    if (!overlays)
        mOut << YAML::Flow;
    mOut << YAML::BeginMap;
    text("id", s.id);
    text("name", s.name);
    mOut << YAML::Key << "policy" << YAML::Value << toString(s.policy);
    number("demand_scale", s.demandScale);
    if (!s.addCenters.empty())
        section("add_centers", s.addCenters, [this](const Center &c) { center(c, true); });
    if (!s.addInventory.empty())
        section("add_inventory", s.addInventory, [this](const Inventory &i) { inventory(i); });
    if (!s.addLinks.empty())
        section("add_links", s.addLinks, [this](const Link &l) { link(l); });
    mOut << YAML::EndMap;
}

std::string Writer::write(const Project &p)
{
    mOut << YAML::BeginMap;
    mOut << YAML::Key << "format" << YAML::Value << "computeatlas/1";
    project(p);
    parameters(p.parameters);
    section("regions", p.regions, [this](const Region &r) { region(r); });
    section("centers", p.centers, [this](const Center &c) { center(c, false); });
    section("chips", p.chips, [this](const Chip &c) { chip(c); });
    section("inventory", p.inventory, [this](const Inventory &i) { inventory(i); });
    section("links", p.links, [this](const Link &l) { link(l); });
    section("tenants", p.tenants, [this](const Tenant &t) { tenant(t); });
    section("scenarios", p.scenarios, [this](const Scenario &s) { scenario(s); });
    mOut << YAML::EndMap;
    return std::string(mOut.c_str()) + "\n";
}

Status unwritable(const std::string &path, int err)
{
    Problem p = error(Code::FileUnwritable, "", {path, std::strerror(err)});
    p.file = path;
    return Status{{p}};
}

} // namespace

std::string writeYaml(const Project &project)
{
    return Writer().write(project);
}

Status saveYaml(const Project &project, const std::string &path)
{
    const std::string text = writeYaml(project);
    std::string temp = path + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return unwritable(path, errno);
    const char *data = text.data();
    size_t left = text.size();
    int err = 0;
    while (left > 0 && !err) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno != EINTR)
            err = errno;
        else if (n > 0)
            data += n, left -= static_cast<size_t>(n);
    }
    // mkstemp makes the file 0600: keep the mode of the file it replaces, else rw-r--r--.
    struct stat old {};
    const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0644;
    if (!err && ::fchmod(fd, mode) != 0)
        err = errno;
    if (!err && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && !err)
        err = errno;
    if (!err && std::rename(temp.c_str(), path.c_str()) != 0)
        err = errno;
    if (err) {
        ::unlink(temp.c_str());
        return unwritable(path, err);
    }
    return {};
}

} // namespace atlas
