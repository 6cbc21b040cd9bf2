// inputFingerprint: FNV-1a 64 over a canonical byte serialisation of what a scenario's
// results depend on. Display-only fields (names, vendor, currency, coordinates, memory,
// bandwidth, power limit) are left out: editing them does not make results stale.
// Other scenarios are left out too.
#include "results.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>

namespace atlas {

namespace {

class Hasher {
public:
    void bytes(const void *data, std::size_t n)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < n; ++i) {
            mHash ^= p[i];
            mHash *= 0x100000001b3ull;
        }
    }
    void u64(std::uint64_t v)
    {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<unsigned char>(v >> (8 * i));  // little-endian whatever the host
        bytes(b, 8);
    }
    void tag(char c) { bytes(&c, 1); }
    void str(const std::string &s)
    {
        u64(s.size());
        bytes(s.data(), s.size());
    }
    void num(double v)
    {
        if (v == 0)
            v = 0;  // -0 and +0 are one value
        std::uint64_t bits;
        if (std::isnan(v))
            bits = 0x7ff8000000000000ull;
        else
            std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void num(const std::optional<double> &v)
    {
        tag(v ? 1 : 0);
        if (v)
            num(*v);
    }
    void month(const Month &m) { u64(static_cast<std::uint64_t>(m.index())); }
    void month(const std::optional<Month> &m)
    {
        tag(m ? 1 : 0);
        if (m)
            month(*m);
    }
    template<typename T, typename F>
    void list(char t, const std::vector<T> &items, F each)
    {
        tag(t);
        u64(items.size());
        for (const T &item : items)
            each(item);
    }
    std::uint64_t value() const { return mHash; }

private:
    std::uint64_t mHash = 0xcbf29ce484222325ull;
};

void center(Hasher &h, const Center &c)
{
    h.str(c.id);
    h.str(c.region);
    h.num(c.pue);
    h.num(c.electricityPrice);
    h.num(c.availability);
    h.num(c.buildCost);
}

void inventory(Hasher &h, const Inventory &i)
{
    h.str(i.center);
    h.str(i.chip);
    h.u64(static_cast<std::uint64_t>(i.count));
    h.month(i.from);
    h.month(i.until);
}

void link(Hasher &h, const Link &l)
{
    h.str(l.from);
    h.str(l.to);
    h.num(l.latencyMs);
}

} // namespace

std::string inputFingerprint(const Project &p, const std::string &scenarioId)
{
    Hasher h;
    h.str("computeatlas-inputs/1");
    h.month(p.periods.start);
    h.u64(static_cast<std::uint64_t>(p.periods.count));
    h.u64(static_cast<std::uint64_t>(p.periods.length));
    h.num(p.parameters.accessLatencyMs);
    h.num(p.parameters.transferCost);
    h.num(p.parameters.migrationCost);
    h.num(p.parameters.amortizationYears);
    h.list('R', p.regions, [&](const Region &r) { h.str(r.id); });
    h.list('C', p.centers, [&](const Center &c) { center(h, c); });
    h.list('K', p.chips, [&](const Chip &k) {
        h.str(k.id);
        h.str(k.ecosystem);
        h.num(k.tflops);
        h.num(k.tdpW);
        h.num(k.idleFraction);
        h.num(k.price);
    });
    h.list('I', p.inventory, [&](const Inventory &i) { inventory(h, i); });
    h.list('L', p.links, [&](const Link &l) { link(h, l); });
    h.list('T', p.tenants, [&](const Tenant &t) {
        h.str(t.id);
        h.str(t.region);
        h.str(t.industry);
        h.u64(static_cast<std::uint64_t>(t.workload));
        h.list('E', t.ecosystems, [&](const std::string &e) { h.str(e); });
        h.num(t.maxLatencyMs);
        h.num(t.value);
        h.num(t.transferCost);
        h.tag(t.demand.explicitSeries ? 1 : 0);
        h.list('S', t.demand.series, [&](double v) { h.num(v); });
        h.num(t.demand.base);
        h.num(t.demand.growth);
        h.month(t.demand.from);
    });
    const Scenario *s = p.scenario(scenarioId);
    h.tag(s ? 1 : 0);
    h.str(scenarioId);
    if (s) {
        h.u64(static_cast<std::uint64_t>(s->policy));
        h.num(s->demandScale);
        h.list('c', s->addCenters, [&](const Center &c) { center(h, c); });
        h.list('i', s->addInventory, [&](const Inventory &i) { inventory(h, i); });
        h.list('l', s->addLinks, [&](const Link &l) { link(h, l); });
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h.value()));
    return text;
}

} // namespace atlas
