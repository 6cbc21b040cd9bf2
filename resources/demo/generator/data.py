# Source data for the ComputeAtlas demo project (generator input).
# Every figure is explained in docs/data-sources.md.

PROJECT = dict(name="东数西算全国一体化算力网络示范", currency="CNY",
               start="2026-01", count=36, length="month")
PARAMS = dict(access_latency_ms=1.0, transfer_cost=0.005, migration_cost=0.3,
              amortization_years=5)

# id, Chinese name, capital-city lat, lon
REGIONS = [
    ("BJ", "北京市", 39.904, 116.407),
    ("TJ", "天津市", 39.125, 117.190),
    ("HE", "河北省", 38.042, 114.515),   # 石家庄
    ("SX", "山西省", 37.870, 112.549),   # 太原
    ("NM", "内蒙古自治区", 40.842, 111.749),   # 呼和浩特
    ("LN", "辽宁省", 41.806, 123.432),   # 沈阳
    ("JL", "吉林省", 43.817, 125.324),   # 长春
    ("HL", "黑龙江省", 45.803, 126.535),   # 哈尔滨
    ("SH", "上海市", 31.230, 121.474),
    ("JS", "江苏省", 32.061, 118.796),   # 南京
    ("ZJ", "浙江省", 30.274, 120.155),   # 杭州
    ("AH", "安徽省", 31.821, 117.227),   # 合肥
    ("FJ", "福建省", 26.075, 119.296),   # 福州
    ("JX", "江西省", 28.682, 115.858),   # 南昌
    ("SD", "山东省", 36.651, 117.120),   # 济南
    ("HA", "河南省", 34.747, 113.625),   # 郑州
    ("HB", "湖北省", 30.593, 114.305),   # 武汉
    ("HN", "湖南省", 28.228, 112.939),   # 长沙
    ("GD", "广东省", 23.129, 113.264),   # 广州
    ("GX", "广西壮族自治区", 22.817, 108.366),   # 南宁
    ("HI", "海南省", 20.044, 110.199),   # 海口
    ("CQ", "重庆市", 29.563, 106.551),
    ("SC", "四川省", 30.573, 104.066),   # 成都
    ("GZ", "贵州省", 26.647, 106.630),   # 贵阳
    ("YN", "云南省", 25.038, 102.718),   # 昆明
    ("XZ", "西藏自治区", 29.652, 91.172),   # 拉萨
    ("SN", "陕西省", 34.341, 108.940),   # 西安
    ("GS", "甘肃省", 36.061, 103.834),   # 兰州
    ("QH", "青海省", 36.617, 101.778),   # 西宁
    ("NX", "宁夏回族自治区", 38.487, 106.231),   # 银川
    ("XJ", "新疆维吾尔自治区", 43.825, 87.617),   # 乌鲁木齐
]

# id, name, region, lat, lon, pue, electricity_price (CNY/kWh), availability
CENTERS = [
    # the 10 national data-centre clusters (国家数据中心集群)
    ("zhangjiakou", "张家口集群（怀来）", "HE", 40.415, 115.518, 1.20, 0.42, 0.97),
    ("yrd-demo", "长三角生态绿色一体化发展示范区集群（青浦）", "SH", 31.151, 121.124, 1.28, 0.70, 0.97),
    ("wuhu", "芜湖集群", "AH", 31.334, 118.433, 1.25, 0.58, 0.97),
    ("shaoguan", "韶关集群", "GD", 24.811, 113.597, 1.25, 0.60, 0.97),
    ("tianfu", "天府集群", "SC", 30.410, 104.070, 1.22, 0.40, 0.96),
    ("chongqing", "重庆集群", "CQ", 29.680, 106.560, 1.25, 0.50, 0.96),
    ("horinger", "和林格尔集群", "NM", 40.380, 111.820, 1.15, 0.30, 0.98),
    ("guian", "贵安集群", "GZ", 26.380, 106.430, 1.20, 0.36, 0.97),
    ("qingyang", "庆阳集群", "GS", 35.710, 107.640, 1.18, 0.33, 0.96),
    ("zhongwei", "中卫集群", "NX", 37.510, 105.190, 1.15, 0.32, 0.97),
    # existing eastern city intelligent-computing centres (城市智算中心)
    ("bj-aicc", "北京海淀智算中心", "BJ", 40.040, 116.300, 1.30, 0.72, 0.98),
    ("sh-aicc", "上海临港智算中心", "SH", 30.900, 121.930, 1.30, 0.70, 0.98),
    ("gz-aicc", "广州黄埔智算中心", "GD", 23.110, 113.450, 1.30, 0.66, 0.98),
    ("nj-aicc", "南京江北智算中心", "JS", 32.160, 118.700, 1.28, 0.64, 0.97),
    ("hz-aicc", "杭州余杭智算中心", "ZJ", 30.420, 120.300, 1.28, 0.66, 0.98),
]

# id, vendor, name, ecosystem, tflops (dense FP16/BF16), memory_gb, tdp_w, idle_fraction, price CNY
CHIPS = [
    ("a100-sxm", "NVIDIA", "A100 SXM4 80GB", "cuda", 312, 80, 400, 0.25, 110000),
    ("h100-sxm", "NVIDIA", "H100 SXM5 80GB", "cuda", 989, 80, 700, 0.20, 230000),
    ("h20", "NVIDIA", "H20 96GB", "cuda", 148, 96, 400, 0.25, 100000),
    ("l20", "NVIDIA", "L20 48GB", "cuda", 119.5, 48, 275, 0.30, 40000),
    ("ascend-910b", "Huawei", "Ascend 910B", "cann", 320, 64, 400, 0.30, 120000),
    ("hygon-k100", "Hygon", "DCU K100 AI", "dtk", 196, 64, 350, 0.30, 70000),
    ("mlu370-x8", "Cambricon", "MLU370-X8", "neuware", 96, 48, 250, 0.30, 40000),
    ("kunlun-r200", "Kunlunxin", "R200", "xpu", 128, 32, 150, 0.35, 20000),
]
# catalogue-only extras (not used in the demo inventory)
CATALOGUE_EXTRA = [
    ("a100-pcie", "NVIDIA", "A100 PCIe 80GB", "cuda", 312, 80, 300, 0.25, 100000),
    ("h100-pcie", "NVIDIA", "H100 PCIe 80GB", "cuda", 756, 80, 350, 0.20, 200000),
    ("kunlun-p800", "Kunlunxin", "P800", "xpu", 345, 96, 400, 0.30, 90000),
]

# center, chip, count, from, until
INVENTORY = [
    ("horinger", "ascend-910b", 8192, "2024-06", None),
    ("horinger", "a100-sxm", 2048, "2023-03", None),
    ("horinger", "h20", 2048, "2025-03", None),
    ("horinger", "hygon-k100", 2048, "2026-07", None),
    ("zhongwei", "ascend-910b", 6144, "2024-09", None),
    ("zhongwei", "a100-sxm", 1536, "2022-10", "2027-12"),
    ("zhongwei", "hygon-k100", 2048, "2025-06", None),
    ("zhongwei", "h20", 1024, "2026-10", None),
    ("qingyang", "ascend-910b", 4096, "2025-01", None),
    ("qingyang", "ascend-910b", 4096, "2026-09", None),
    ("qingyang", "hygon-k100", 1024, "2025-08", None),
    ("guian", "ascend-910b", 4096, "2024-03", None),
    ("guian", "h20", 2048, "2025-01", None),
    ("guian", "a100-sxm", 1024, "2022-06", None),
    ("guian", "mlu370-x8", 2048, "2023-09", None),
    ("tianfu", "ascend-910b", 3072, "2024-11", None),
    ("tianfu", "a100-sxm", 1024, "2023-05", None),
    ("tianfu", "mlu370-x8", 1024, "2023-12", None),
    ("tianfu", "hygon-k100", 1024, "2027-03", None),
    ("chongqing", "ascend-910b", 2048, "2025-04", None),
    ("chongqing", "h20", 1024, "2025-02", None),
    ("chongqing", "kunlun-r200", 2048, "2024-05", None),
    ("zhangjiakou", "a100-sxm", 3072, "2022-09", None),
    ("zhangjiakou", "h100-sxm", 1024, "2023-11", None),
    ("zhangjiakou", "h20", 2048, "2024-08", None),
    ("zhangjiakou", "kunlun-r200", 2048, "2023-06", None),
    ("zhangjiakou", "ascend-910b", 2048, "2025-05", None),
    ("wuhu", "ascend-910b", 2048, "2025-03", None),
    ("wuhu", "h20", 1024, "2025-06", None),
    ("wuhu", "l20", 2048, "2026-04", None),
    ("shaoguan", "ascend-910b", 3072, "2025-02", None),
    ("shaoguan", "h20", 1024, "2025-07", None),
    ("shaoguan", "l20", 1024, "2026-02", None),
    ("yrd-demo", "a100-sxm", 512, "2023-04", None),
    ("yrd-demo", "h100-sxm", 256, "2024-01", None),
    ("yrd-demo", "l20", 1024, "2024-09", None),
    ("bj-aicc", "a100-sxm", 768, "2022-12", None),
    ("bj-aicc", "h100-sxm", 256, "2023-10", None),
    ("bj-aicc", "l20", 1024, "2024-06", None),
    ("sh-aicc", "a100-sxm", 768, "2023-02", None),
    ("sh-aicc", "h100-sxm", 256, "2024-03", None),
    ("sh-aicc", "ascend-910b", 512, "2024-10", None),
    ("gz-aicc", "a100-sxm", 768, "2023-06", None),
    ("gz-aicc", "h20", 512, "2025-01", None),
    ("nj-aicc", "ascend-910b", 1024, "2023-08", None),
    ("nj-aicc", "mlu370-x8", 512, "2022-11", None),
    ("hz-aicc", "a100-sxm", 512, "2023-03", None),
    ("hz-aicc", "h20", 512, "2025-04", None),
    ("hz-aicc", "l20", 512, "2024-12", None),
]

# (a, b, bandwidth_gbps); latency from the great-circle rule
BACKBONE = 1600   # hub-to-hub direct routes (东数西算 直连)
TRUNK = 800       # cluster to its neighbouring provinces
PROV = 400        # province to province
LINKS = [
    # hubs to the eastern demand centres (direct east-west routes)
    *[(c, e, BACKBONE) for c in ("horinger", "zhongwei", "qingyang", "guian", "tianfu", "chongqing")
      for e in ("BJ", "SH", "GD")],
    ("zhangjiakou", "BJ", BACKBONE), ("zhangjiakou", "horinger", BACKBONE),
    ("horinger", "zhongwei", BACKBONE), ("zhongwei", "qingyang", BACKBONE),
    ("qingyang", "tianfu", BACKBONE), ("tianfu", "chongqing", BACKBONE),
    ("chongqing", "guian", BACKBONE), ("guian", "shaoguan", BACKBONE),
    ("shaoguan", "GD", BACKBONE), ("yrd-demo", "SH", BACKBONE), ("yrd-demo", "wuhu", BACKBONE),
    ("wuhu", "SH", BACKBONE), ("BJ", "SH", BACKBONE), ("SH", "GD", BACKBONE), ("BJ", "GD", BACKBONE),
    # clusters to neighbouring provinces
    ("zhangjiakou", "TJ", TRUNK), ("zhangjiakou", "HE", TRUNK), ("zhangjiakou", "SX", TRUNK),
    ("zhangjiakou", "LN", TRUNK),
    ("horinger", "SX", TRUNK), ("horinger", "HE", TRUNK),
    ("zhongwei", "NX", TRUNK), ("zhongwei", "GS", TRUNK), ("zhongwei", "QH", TRUNK),
    ("qingyang", "SN", TRUNK), ("qingyang", "NX", TRUNK), ("qingyang", "HA", TRUNK), ("qingyang", "GS", TRUNK),
    ("guian", "GX", TRUNK), ("guian", "YN", TRUNK), ("guian", "HN", TRUNK), ("guian", "CQ", TRUNK),
    ("tianfu", "CQ", TRUNK), ("tianfu", "SN", TRUNK), ("tianfu", "YN", TRUNK), ("tianfu", "XZ", TRUNK),
    ("chongqing", "SC", TRUNK), ("chongqing", "HB", TRUNK), ("chongqing", "GZ", TRUNK),
    ("wuhu", "JS", TRUNK), ("wuhu", "ZJ", TRUNK), ("wuhu", "JX", TRUNK), ("wuhu", "HB", TRUNK),
    ("yrd-demo", "JS", TRUNK), ("yrd-demo", "ZJ", TRUNK),
    ("shaoguan", "HN", TRUNK), ("shaoguan", "JX", TRUNK), ("shaoguan", "GX", TRUNK), ("shaoguan", "FJ", TRUNK),
    # province backbone (capital to capital)
    ("BJ", "TJ", PROV), ("BJ", "HE", PROV), ("TJ", "HE", PROV), ("TJ", "SD", PROV), ("BJ", "LN", PROV),
    ("HE", "SX", PROV), ("HE", "SD", PROV), ("HE", "HA", PROV), ("SX", "NM", PROV), ("SX", "SN", PROV),
    ("NM", "NX", PROV), ("LN", "JL", PROV), ("JL", "HL", PROV), ("SD", "JS", PROV), ("SD", "HA", PROV),
    ("JS", "SH", PROV), ("JS", "AH", PROV), ("JS", "ZJ", PROV), ("ZJ", "SH", PROV), ("ZJ", "FJ", PROV),
    ("ZJ", "AH", PROV), ("AH", "HB", PROV), ("AH", "HA", PROV), ("FJ", "JX", PROV), ("FJ", "GD", PROV),
    ("JX", "HN", PROV), ("JX", "HB", PROV), ("HB", "HN", PROV), ("HB", "HA", PROV), ("HN", "GD", PROV),
    ("GD", "GX", PROV), ("GD", "HI", PROV), ("GX", "HI", PROV), ("GX", "YN", PROV), ("CQ", "SC", PROV),
    ("CQ", "GZ", PROV), ("SC", "YN", PROV), ("SN", "GS", PROV), ("SN", "HA", PROV), ("GS", "QH", PROV),
    ("GS", "NX", PROV), ("GS", "XJ", PROV), ("QH", "XZ", PROV), ("SC", "SN", PROV),
]

# value by industry, CNY per unserved PFLOPS-hour (docs: value rule)
VALUE = dict(finance=120, autonomous=100, healthcare=90, government=85, internet=80,
             manufacturing=70, media=60, research=50)

C, CA, CAD = ["cuda"], ["cuda", "cann"], ["cuda", "cann", "dtk"]
# id, name, region, industry, workload, ecosystems, max_latency, base PFLOPS, growth/month, from, extra
TENANTS = [
    ("bj-llm-01", "北京某大模型企业", "BJ", "internet", "training", CA, None, 990, 0.030, None, {}),
    ("bj-llm-02", "北京某大模型企业（推理服务）", "BJ", "internet", "inference", CA, 10, 310, 0.035, None, {}),
    ("bj-gov-01", "北京市某政务云平台", "BJ", "government", "inference", ["cann"], 8, 70, 0.020, None, {}),
    ("bj-fin-01", "北京某国有银行", "BJ", "finance", "inference", CA, 5, 100, 0.015, None, {}),
    ("bj-res-01", "北京某高校人工智能研究院", "BJ", "research", "training", CAD, None, 220, 0.020, None, {}),
    ("bj-med-01", "北京某三甲医院影像平台", "BJ", "healthcare", "inference", CA, 10, 40, 0.025, "2026-06", {}),
    ("bj-ad-01", "北京某自动驾驶企业", "BJ", "autonomous", "training", C, None, 280, 0.030, None, {}),
    ("bj-media-01", "北京某视频平台", "BJ", "media", "video", CA, 15, 120, 0.020, None, {"transfer_cost": 0.05}),
    ("bj-map-01", "北京某地图与搜索企业", "BJ", "internet", "inference", ["xpu", "cuda"], 10, 150, 0.020, None, {}),
    ("tj-mfg-01", "天津某装备制造企业", "TJ", "manufacturing", "finetune", CA, None, 50, 0.020, None, {}),
    ("tj-port-01", "天津某智慧港口平台", "TJ", "government", "inference", ["cann"], 10, 20, 0.015, None, {}),
    ("he-gov-01", "河北省某政务云平台", "HE", "government", "inference", ["cann"], 12, 30, 0.010, None, {}),
    ("sx-energy-01", "山西某能源集团", "SX", "manufacturing", "hpc", ["cuda", "dtk"], None, 40, 0.015, None, {}),
    ("nm-gov-01", "内蒙古某政务平台", "NM", "government", "inference", ["cann"], 15, 20, 0.010, None, {}),
    ("ln-mfg-01", "辽宁某装备制造企业", "LN", "manufacturing", "finetune", CA, None, 40, 0.020, None, {}),
    ("sh-llm-01", "上海某大模型企业", "SH", "internet", "training", CA, None, 930, 0.030, None, {}),
    ("sh-fin-01", "上海某证券公司", "SH", "finance", "inference", C, 5, 140, 0.020, None, {}),
    ("sh-fin-02", "上海某保险集团", "SH", "finance", "finetune", CA, None, 90, 0.020, None, {}),
    ("sh-med-01", "上海某生物医药企业", "SH", "healthcare", "training", ["cuda", "dtk"], None, 190, 0.025, None, {}),
    ("sh-ad-01", "上海某新能源车企", "SH", "autonomous", "training", CA, None, 370, 0.030, None, {}),
    ("sh-gov-01", "上海市某城市运行管理平台", "SH", "government", "inference", ["cann"], 8, 60, 0.020, None, {}),
    ("sh-media-01", "上海某短视频平台", "SH", "media", "video", C, 10, 160, 0.025, None, {"transfer_cost": 0.05}),
    ("sh-res-01", "上海某国家实验室", "SH", "research", "training", CAD, None, None, None, None, {"series": "lab"}),
    ("js-mfg-01", "长三角某汽车制造商", "JS", "manufacturing", "inference", CA, 10, 110, 0.025, None, {}),
    ("js-mfg-02", "苏州某电子制造企业", "JS", "manufacturing", "inference", CA, 8, 70, 0.020, None, {}),
    ("js-gov-01", "江苏省某政务云平台", "JS", "government", "inference", ["cann"], 10, 50, 0.015, None, {}),
    ("js-res-01", "南京某高校超算中心", "JS", "research", "hpc", ["dtk", "cuda"], None, 70, 0.010, None, {}),
    ("js-ad-01", "苏州某自动驾驶企业", "JS", "autonomous", "training", CA, None, 190, 0.035, "2026-09", {}),
    ("zj-net-01", "杭州某电商平台（推理服务）", "ZJ", "internet", "inference", CA, 10, 280, 0.030, None, {}),
    ("zj-net-02", "杭州某电商平台（模型训练）", "ZJ", "internet", "training", CA, None, 560, 0.030, None, {}),
    ("zj-fin-01", "杭州某金融科技公司", "ZJ", "finance", "inference", C, 5, 90, 0.025, None, {}),
    ("zj-mfg-01", "宁波某家电制造商", "ZJ", "manufacturing", "finetune", CA, None, 40, 0.020, None, {}),
    ("zj-media-01", "浙江某直播平台", "ZJ", "media", "video", CA, 15, 70, 0.030, None, {"transfer_cost": 0.05}),
    ("ah-res-01", "合肥某人工智能研究院", "AH", "research", "hpc", ["cuda", "dtk"], None, 50, 0.015, None, {}),
    ("ah-ad-01", "合肥某新能源车企", "AH", "autonomous", "training", CA, None, 160, 0.035, "2026-04", {}),
    ("fj-mfg-01", "福建某动力电池企业", "FJ", "manufacturing", "finetune", CA, None, 60, 0.020, None, {}),
    ("sd-mfg-01", "山东某重工集团", "SD", "manufacturing", "inference", CA, 12, 70, 0.020, None, {}),
    ("sd-gov-01", "山东省某政务云平台", "SD", "government", "inference", ["cann"], 10, 40, 0.015, None, {}),
    ("sd-med-01", "青岛某医疗器械企业", "SD", "healthcare", "finetune", CA, None, 40, 0.025, None, {}),
    ("hb-ad-01", "武汉某汽车企业", "HB", "autonomous", "training", CA, None, 120, 0.030, None, {}),
    ("hb-res-01", "武汉某高校人工智能实验室", "HB", "research", "training", ["cann", "cuda"], None, 60, 0.015, None, {}),
    ("hn-mfg-01", "长沙某工程机械企业", "HN", "manufacturing", "inference", CA, 15, 40, 0.020, None, {}),
    ("gd-net-01", "深圳某互联网企业（模型训练）", "GD", "internet", "training", CA, None, 990, 0.030, None, {}),
    ("gd-net-02", "深圳某互联网企业（推理服务）", "GD", "internet", "inference", CA, 8, 370, 0.035, None, {}),
    ("gd-fin-01", "深圳某商业银行", "GD", "finance", "inference", C, 5, 140, 0.020, None, {}),
    ("gd-mfg-01", "东莞某电子制造企业", "GD", "manufacturing", "inference", CA, 10, 90, 0.025, None, {}),
    ("gd-ad-01", "广州某智能汽车企业", "GD", "autonomous", "training", CA, None, 310, 0.035, None, {}),
    ("gd-gov-01", "广东省某政务云平台", "GD", "government", "inference", ["cann"], 10, 60, 0.015, None, {}),
    ("gd-med-01", "广州某医疗人工智能企业", "GD", "healthcare", "inference", CA, 12, 50, 0.030, "2027-01", {}),
    ("gd-media-01", "广州某游戏与视频企业", "GD", "media", "video", C, 12, 110, 0.025, None, {"transfer_cost": 0.05}),
    ("cq-mfg-01", "重庆某汽车制造商", "CQ", "manufacturing", "training", CA, None, 90, 0.025, None, {}),
    ("sc-res-01", "成都某科研院所", "SC", "research", "hpc", ["dtk", "cuda"], None, 50, 0.010, None, {}),
    ("sc-media-01", "成都某游戏企业", "SC", "media", "video", CA, 15, 50, 0.020, None, {"transfer_cost": 0.05}),
    ("sc-city-01", "成都某智慧城市视频分析平台", "SC", "government", "video", ["neuware", "cann"], 15, 60, 0.015, None, {"transfer_cost": 0.05}),
    ("sn-res-01", "西安某航天研究院", "SN", "research", "hpc", ["dtk", "cann"], None, 60, 0.010, None, {}),
    ("gz-gov-01", "贵州省政务云平台", "GZ", "government", "inference", ["cann", "neuware"], 15, 20, 0.010, None, {}),
    ("ha-mfg-01", "郑州某电子制造企业", "HA", "manufacturing", "finetune", CA, None, 40, 0.020, None, {}),
    ("xj-energy-01", "新疆某能源企业", "XJ", "manufacturing", "hpc", ["cuda", "dtk"], None, 20, 0.010, None, {}),
]

# Research-lab campaign: three yearly allocations plus a mid-year peak each year.
def lab_series():
    s = []
    for year, base in enumerate((280, 400, 560)):
        for m in range(12):
            s.append(base * (1.3 if m in (5, 6) else 1.0))
    return [round(v, 1) for v in s]

# Scenario overlays
BUILD_CENTERS = [
    # id, name, region, lat, lon, pue, price, availability, build_cost
    ("bj-new", "北京亦庄新建智算中心", "BJ", 39.790, 116.510, 1.25, 0.72, 0.98, 2.0e9),
    ("sh-new", "上海松江新建智算中心", "SH", 31.030, 121.230, 1.25, 0.70, 0.98, 2.0e9),
    ("gd-new", "深圳前海新建智算中心", "GD", 22.530, 113.900, 1.25, 0.68, 0.98, 2.0e9),
    ("zj-new", "杭州新建智算中心", "ZJ", 30.300, 120.000, 1.25, 0.66, 0.98, 1.2e9),
    ("js-new", "苏州新建智算中心", "JS", 31.300, 120.620, 1.25, 0.64, 0.98, 1.2e9),
]
BUILD_INVENTORY = [
    ("bj-new", "h20", 4096, "2027-01"), ("bj-new", "ascend-910b", 4096, "2027-01"),
    ("sh-new", "h20", 4096, "2027-01"), ("sh-new", "ascend-910b", 4096, "2027-01"),
    ("gd-new", "h20", 4096, "2027-01"), ("gd-new", "ascend-910b", 4096, "2027-01"),
    ("zj-new", "h20", 2048, "2027-01"), ("zj-new", "ascend-910b", 2048, "2027-01"),
    ("js-new", "h20", 1024, "2027-01"), ("js-new", "ascend-910b", 2048, "2027-01"),
]
# build-use: only low-latency inference pools in the three eastern hubs, scheduled nationally
BUILDUSE_CENTERS = ["bj-new", "sh-new", "gd-new"]
BUILDUSE_INVENTORY = [
    ("bj-new", "h20", 2048, "2027-01"),
    ("sh-new", "h20", 2048, "2027-01"),
    ("gd-new", "h20", 2048, "2027-01"),
]
