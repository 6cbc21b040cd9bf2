#!/usr/bin/env python3
"""Writes the demo's sample actuals (resources/demo/actuals/): what the centres and a few
tenants really did in January–June 2026, for trying File ▸ Import Actuals… against the
"today" plan. Deterministic (fixed seed); run from the repository root:

    computeatlas-cli schedule resources/demo/demo.yaml --scenario today --json today.json --no-flows
    python3 resources/demo/generator/actuals.py today.json

The story: the plan keeps every province to itself, but operators already place some
work across provinces informally, so the western hubs are busier than planned (5–35 %
instead of ~1 %) and the eastern city centres, planned full, run at 80–95 % (jobs do
not pack perfectly). Chips are named as exporters name them (the model name, e.g.
"A100 SXM4 80GB"), centres by their ids; one exporter label ("test-lab") is not a
project centre, to show the unmatched list. Tenants' GPU-hours come as a Slurm export."""
import datetime as dt
import json
import random
import sys

import yaml

random.seed(20260701)
plan = json.load(open(sys.argv[1], encoding="utf-8"))
project = yaml.safe_load(open("resources/demo/demo.yaml", encoding="utf-8"))
chip_name = {c["id"]: c["name"] for c in project["chips"]}
chip_short = {"a100-sxm": "a100", "h100-sxm": "h100", "h20": "h20", "l20": "l20",
              "ascend-910b": "910b", "hygon-k100": "k100"}
west = {"horinger", "guian", "qingyang", "zhongwei", "tianfu", "chongqing", "zhangjiakou", "shaoguan",
        "wuhu", "yrd-demo"}

start = dt.date(2026, 1, 1)
days = [start + dt.timedelta(days=i) for i in range(181)]  # January–June

with open("resources/demo/actuals/pool-utilization-2026H1.csv", "w", encoding="utf-8", newline="\n") as out:
    out.write("timestamp,center,chip,utilization_pct\n")
    pools = [(p["center"], p["chip"], p["utilization"]) for p in plan["pools"]]
    pools.append(("test-lab", "a100-sxm", [0.5] * 6))
    for center, chip, util in pools:
        base_level = random.uniform(0.05, 0.35) if center in west else random.uniform(0.80, 0.95)
        for d in days:
            month = d.month - 1
            planned = util[month] if month < len(util) else 0.0
            level = base_level if center in west or planned > 0.5 else max(planned, base_level * 0.5)
            weekly = -0.04 if d.weekday() >= 5 else 0.01
            value = min(1.0, max(0.0, level + weekly + random.gauss(0, 0.03) + 0.01 * month))
            name = chip_name.get(chip, chip)
            out.write(f"{d.isoformat()}T00:00:00Z,{center},{name},{value * 100:.1f}\n")

# Slurm accounting (sacct -a -X --parsable2 --format=JobID,Account,User,Start,End,Elapsed,AllocTRES,State),
# start and end in local time (UTC+8), as sacct prints them.
accounts = [t["id"] for t in project["tenants"][:8]]
with open("resources/demo/actuals/sacct-2026H1.txt", "w", encoding="utf-8", newline="\n") as out:
    out.write("JobID|Account|User|Start|End|Elapsed|AllocTRES|State\n")
    job = 410000
    for account in accounts:
        for _ in range(40):
            job += random.randint(1, 40)
            begin = dt.datetime(2026, 1, 1, 8) + dt.timedelta(hours=random.uniform(0, 24 * 178))
            hours = random.choice([2, 6, 12, 24, 48, 96, 168])
            end = begin + dt.timedelta(hours=hours)
            gpus = random.choice([8, 16, 64, 256])
            chip = random.choice(["a100", "h100", "910b"])
            elapsed = f"{hours // 24}-{hours % 24:02d}:00:00" if hours >= 24 else f"{hours:02d}:00:00"
            tres = f"billing={gpus * 4},cpu={gpus * 16},gres/gpu:{chip}={gpus},gres/gpu={gpus},mem={gpus * 128}G,node={max(1, gpus // 8)}"
            out.write(f"{job}|{account}|{account}-svc|{begin:%Y-%m-%dT%H:%M:%S}|{end:%Y-%m-%dT%H:%M:%S}|"
                      f"{elapsed}|{tres}|COMPLETED\n")
print("wrote resources/demo/actuals/")
