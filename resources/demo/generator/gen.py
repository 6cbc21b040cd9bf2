#!/usr/bin/env python3
"""Generates resources/demo/demo.yaml and resources/chips/catalogue.yaml from data.py."""
import math, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from data import *

ROUTE_FACTOR = 1.5      # fibre route length / great-circle distance
MS_PER_100KM = 1.0      # round-trip propagation in fibre: 2 x 5 us/km = 1 ms per 100 km


def gc_km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def coords():
    d = {r[0]: (r[2], r[3]) for r in REGIONS}
    d.update({c[0]: (c[3], c[4]) for c in CENTERS})
    d.update({c[0]: (c[3], c[4]) for c in BUILD_CENTERS})
    return d


def latency(a, b):
    km = gc_km(coords()[a], coords()[b])
    return max(0.5, round(km / 100 * MS_PER_100KM * ROUTE_FACTOR, 1))


def q(s):
    return '"' + s + '"'


def num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def chip_line(c):
    i, vendor, name, eco, tf, mem, tdp, idle, price = c
    return (f"  - {{id: {i}, vendor: {vendor}, name: {q(name)}, ecosystem: {eco},\n"
            f"     tflops: {num(tf)}, memory_gb: {mem}, tdp_w: {tdp}, idle_fraction: {idle}, price: {price}}}")


def power_mw(cid, pue, extra=()):
    tdp = {c[0]: c[6] for c in CHIPS}
    load = sum(n * tdp[k] * pue / 1e6 for (c, k, n, *_ ) in list(INVENTORY) + list(extra) if c == cid)
    # AI-hall budget: accelerators x3 for servers, network and headroom, rounded up to 5 MW
    return int(math.ceil(load * 3.0 / 5.0) * 5)


def center_block(c, indent="  ", extra=(), build_cost=None):
    i, name, region, lat, lon, pue, price, avail = c[:8]
    lines = [f"{indent}- id: {i}", f"{indent}  name: {q(name)}", f"{indent}  region: {region}",
             f"{indent}  lat: {lat}", f"{indent}  lon: {lon}", f"{indent}  pue: {pue}",
             f"{indent}  power_mw: {power_mw(i, pue, extra)}",
             f"{indent}  electricity_price: {price}", f"{indent}  availability: {avail}"]
    if build_cost is not None:
        lines.append(f"{indent}  build_cost: {int(build_cost)}")
    return "\n".join(lines)


def inv_line(i, indent="  "):
    c, k, n, f, *u = i
    until = u[0] if u else None
    s = f"{indent}- {{center: {c}, chip: {k}, count: {n}, from: {f}"
    if until:
        s += f", until: {until}"
    return s + "}"


def tenant_block(t):
    i, name, region, ind, wl, ecos, cap, base, growth, frm, extra = t
    lines = [f"  - id: {i}", f"    name: {q(name)}", f"    region: {region}",
             f"    industry: {ind}", f"    workload: {wl}", f"    ecosystems: [{', '.join(ecos)}]"]
    if cap is not None:
        lines.append(f"    max_latency_ms: {cap}")
    lines.append(f"    value: {VALUE[ind]}")
    if "transfer_cost" in extra:
        lines.append(f"    transfer_cost: {extra['transfer_cost']}")
    if extra.get("series") == "lab":
        lines.append("    demand:")
        lines.append("      series: [" + ", ".join(num(float(v)) for v in lab_series()) + "]")
    else:
        d = f"    demand: {{base: {base}, growth: {growth}"
        if frm:
            d += f", from: {frm}"
        lines.append(d + "}")
    return "\n".join(lines)


def demo_yaml():
    out = []
    w = out.append
    w("# ComputeAtlas demo: China's national integrated computing network (东数西算).")
    w("# Every figure and its source is listed in docs/data-sources.md; figures marked")
    w("# there as unconfirmed are plausible assumptions, not published data.")
    w("format: computeatlas/1")
    w("project:")
    w(f"  name: {q(PROJECT['name'])}")
    w(f"  currency: {PROJECT['currency']}")
    w(f"  periods: {{start: {PROJECT['start']}, count: {PROJECT['count']}, length: {PROJECT['length']}}}")
    w("parameters:")
    w(f"  access_latency_ms: {PARAMS['access_latency_ms']}   # centre to its own province")
    w(f"  transfer_cost: {PARAMS['transfer_cost']}       # CNY per PFLOPS-hour per ms (docs: transfer rule)")
    w(f"  migration_cost: {PARAMS['migration_cost']}        # CNY per PFLOPS-hour off the native ecosystem")
    w(f"  amortization_years: {PARAMS['amortization_years']}")
    w("")
    w("# 31 provincial-level demand regions; coordinates of the capital city")
    w("regions:")
    for r in REGIONS:
        w(f"  - {{id: {r[0]}, name: {q(r[1])}, lat: {r[2]}, lon: {r[3]}}}")
    w("")
    w("# the 10 national data-centre clusters of the 8 hubs, then existing eastern city centres")
    w("centers:")
    for c in CENTERS:
        w(center_block(c))
    w("")
    w("# dense FP16/BF16 TFLOPS per chip; price in CNY per chip")
    w("chips:")
    for c in CHIPS:
        w(chip_line(c))
    w("")
    w("inventory:")
    for i in INVENTORY:
        w(inv_line(i))
    w("")
    w("# latency_ms = great-circle km / 100 x 1.0 ms x route factor 1.5 (round trip in fibre)")
    w("links:")
    for a, b, bw in LINKS:
        w(f"  - {{from: {a}, to: {b}, latency_ms: {latency(a, b)}, bandwidth_gbps: {bw}}}")
    w("")
    w("# value = CNY per unserved PFLOPS-hour (rental price per A100-hour / 0.312 PFLOPS)")
    w("tenants:")
    for t in TENANTS:
        w(tenant_block(t))
    w("")
    w("scenarios:")
    w(f"  - {{id: today, name: {q('今日：各省自建自用')}, policy: local}}")
    w(f"  - {{id: nearest, name: {q('人工就近调度')}, policy: nearest}}")
    w(f"  - {{id: use, name: {q('用：全国算力网络调度')}, policy: optimal}}")
    w("  - id: build")
    w(f"    name: {q('建：东部新建智算中心')}")
    w("    policy: local")
    w("    add_centers:")
    for c in BUILD_CENTERS:
        extra = [(ci, k, n, f) for (ci, k, n, f) in BUILD_INVENTORY if ci == c[0]]
        w(center_block(c, indent="      ", extra=extra, build_cost=c[8]))
    w("    add_inventory:")
    for i in BUILD_INVENTORY:
        w(inv_line(i, indent="      "))
    w("  - id: build-use")
    w(f"    name: {q('建用结合：东部补建推理节点＋全国调度')}")
    w("    policy: optimal")
    w("    add_centers:")
    for c in BUILD_CENTERS:
        if c[0] in BUILDUSE_CENTERS:
            extra = [(ci, k, n, f) for (ci, k, n, f) in BUILDUSE_INVENTORY if ci == c[0]]
            w(center_block(c, indent="      ", extra=extra, build_cost=c[8] * 0.5))
    w("    add_inventory:")
    for i in BUILDUSE_INVENTORY:
        w(inv_line(i, indent="      "))
    w("  - id: growth")
    w(f"    name: {q('用：需求高增长情景（需求×1.25）')}")
    w("    policy: optimal")
    w("    demand_scale: 1.25")
    return "\n".join(out) + "\n"


def catalogue_yaml():
    out = ["# ComputeAtlas chip catalogue for the chip picker; sources in docs/data-sources.md.",
           "format: computeatlas/1", "chips:"]
    for c in CHIPS + CATALOGUE_EXTRA:
        out.append(chip_line(c))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "/work/main"
    os.makedirs(f"{root}/resources/demo", exist_ok=True)
    os.makedirs(f"{root}/resources/chips", exist_ok=True)
    open(f"{root}/resources/demo/demo.yaml", "w").write(demo_yaml())
    open(f"{root}/resources/chips/catalogue.yaml", "w").write(catalogue_yaml())
