<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <source>optimal</source>
        <translation>最优调度</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地自给</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>就近分配</translation>
    </message>
    <message>
        <source>%1 months from %2</source>
        <translation>自 %2 起 %1 个月</translation>
    </message>
    <message>
        <source>%1 quarters from %2</source>
        <translation>自 %2 起 %1 个季度</translation>
    </message>
    <message>
        <source>%1 years from %2</source>
        <translation>自 %2 起 %1 年</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Access latency, centre to own region</source>
        <translation>中心至所在区域的接入时延</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Transfer cost</source>
        <translation>传输成本</translation>
    </message>
    <message>
        <source>%1 %2 per PFLOPS-h per ms</source>
        <translation>每 PFLOPS-h 每毫秒 %1 %2</translation>
    </message>
    <message>
        <source>Migration cost (non-native ecosystem)</source>
        <translation>迁移成本（非原生生态）</translation>
    </message>
    <message>
        <source>%1 %2 per PFLOPS-h</source>
        <translation>每 PFLOPS-h %1 %2</translation>
    </message>
    <message>
        <source>Amortization</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>算力中心</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>网络链路</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>Memory
GB</source>
        <translation>显存
GB</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>功耗
W</translation>
    </message>
    <message>
        <source>Idle
share</source>
        <translation>空载
功耗占比</translation>
    </message>
    <message>
        <source>Price
%1</source>
        <translation>单价
%1</translation>
    </message>
    <message>
        <source>Chip catalogue</source>
        <translation>芯片目录</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>算力中心</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Electricity
%1/kWh</source>
        <translation>电价
%1/kWh</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Power
MW</source>
        <translation>电力
MW</translation>
    </message>
    <message>
        <source>Compute centres</source>
        <translation>算力中心</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <source>Demand
scale</source>
        <translation>需求
倍数</translation>
    </message>
    <message>
        <source>Added centres</source>
        <translation>新增中心</translation>
    </message>
    <message>
        <source>Added chips</source>
        <translation>新增芯片</translation>
    </message>
    <message>
        <source>Added
links</source>
        <translation>新增
链路</translation>
    </message>
    <message>
        <source>Capex
%1</source>
        <translation>投资
%1</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%3：%2 × %1</translation>
    </message>
    <message>
        <source>Scenarios and their changes to the base project</source>
        <translation>各情景及其对基准项目的改动</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <source>The figures in this report follow from the inputs below. Every scenario starts from the same base project and changes only what its overlay lists.</source>
        <translation>本报告的数字均来自以下输入。每个情景都以同一基准项目为起点，只改动其叠加层所列内容。</translation>
    </message>
    <message>
        <source>Appendix: methods</source>
        <translation>附录：方法说明</translation>
    </message>
    <message>
        <source>The planning model asks, for each scenario and each planning period, how much of the demand for compute can be served, where, on which chips, at what cost and energy, and how much capacity stands idle. Planners have two levers: build (add chips or centres where demand is) and use (schedule existing capacity across the network, so that demand in one place is served by idle capacity in another).</source>
        <translation>规划模型针对每个情景、每个规划期回答：算力需求能满足多少，在哪里、用哪种芯片满足，成本和能耗多少，有多少算力闲置。规划者有两个抓手：“建”（在需求所在地增加芯片或中心）和“用”（在全网调度现有算力，让一地的需求由另一地的闲置算力满足）。</translation>
    </message>
    <message>
        <source>Capacity and demand</source>
        <translation>算力与需求</translation>
    </message>
    <message>
        <source>The capacity of a pool — all chips of one model at one centre — is the number of chips in service times their dense FP16 performance times the centre&apos;s availability, in PFLOPS. A tenant&apos;s demand comes from an explicit series, or grows from a base value at a constant rate per period; a scenario may scale all demand.</source>
        <translation>算力池（一个中心内同一型号的全部芯片）的算力等于在役芯片数 × 稠密 FP16 性能 × 中心可用率，单位 PFLOPS。用户需求来自明确给出的序列，或由基数按每期固定增长率增长；情景可以整体放大或缩小需求。</translation>
    </message>
    <message>
        <source>Who may use what</source>
        <translation>谁能用哪些算力</translation>
    </message>
    <message>
        <source>A tenant may use a pool when the chip&apos;s software ecosystem is one the tenant can run, and the network latency between the tenant&apos;s region and the centre — the shortest path over the links — is within the tenant&apos;s limit. Under the local policy a tenant may use only centres in its own region.</source>
        <translation>当芯片的软件生态是用户能运行的生态，且用户所在区域到中心的网络时延（沿链路的最短路径，即“算距”）不超过用户的上限时，用户可以使用该算力池。在“本地自给”策略下，用户只能使用本区域内的中心。</translation>
    </message>
    <message>
        <source>Cost of serving</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Serving one PFLOPS for one hour costs the extra energy of busy chips over idle ones (including the centre&apos;s PUE and electricity price), a transfer cost that grows with latency, and a migration cost when the tenant runs on an ecosystem other than its native one. Demand left unserved costs the tenant&apos;s value per PFLOPS-hour.</source>
        <translation>提供 1 PFLOPS 算力 1 小时的成本包括：忙碌芯片相对空载多耗的电费（计入中心 PUE 和电价）、随时延增长的传输成本，以及用户在非原生生态上运行时的迁移成本。未满足的需求按用户每 PFLOPS 小时的价值计入成本。</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Each period is solved on its own. The optimal and local policies find the schedule of least total cost exactly, as a minimum-cost flow. The nearest policy mimics manual allocation: tenants in order of value take capacity from the nearest eligible pools first. The reported objective is the total cost of the chosen schedule, whatever the policy; capex of what a scenario builds is reported beside it, not inside it.</source>
        <translation>各规划期分别求解。“最优调度”和“本地自给”策略以最小费用流精确求出总成本最低的调度方案；“就近分配”策略模拟人工分配：用户按价值从高到低，优先从最近的可用算力池取用算力。报告的目标值是所选调度方案的总成本，与策略无关；情景新建内容的投资与目标值并列报告，不计入目标值。</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Utilization is served over available capacity; totals over the horizon weigh each period by its calendar hours. Energy counts idle chips at their idle share of power and busy chips at full power, times PUE. The cross-region share is the part of served demand that runs in a region other than the tenant&apos;s own.</source>
        <translation>利用率等于已服务算力除以可用算力；规划期合计按各期日历小时数加权。能耗按空载芯片的空载功耗和忙碌芯片的满载功耗计算，再乘以 PUE。跨区域占比是已服务需求中在用户所在区域以外运行的部分。</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Project: %1 (file %2).</source>
        <translation>项目：%1（文件 %2）。</translation>
    </message>
    <message>
        <source>Project: %1.</source>
        <translation>项目：%1。</translation>
    </message>
    <message>
        <source>Results of %1: computed for this report.</source>
        <translation>%1 的结果：为本报告计算。</translation>
    </message>
    <message>
        <source>Results of %1: stored in the project file, computed %2.</source>
        <translation>%1 的结果：取自项目文件，计算于 %2。</translation>
    </message>
    <message>
        <source>Chips, centres, tenants and links: as entered in the project; the chip figures are the vendors&apos; published dense FP16/BF16 performance, memory and power.</source>
        <translation>芯片、中心、用户和链路：按项目中的录入；芯片参数为厂商公布的稠密 FP16/BF16 性能、显存和功耗。</translation>
    </message>
    <message>
        <source>Base map: Natural Earth 1:50m, public domain, via world-atlas 2.0.2.</source>
        <translation>底图：Natural Earth 1:50m（公有领域），经 world-atlas 2.0.2。</translation>
    </message>
    <message>
        <source>Boundary layer %1: %2.</source>
        <translation>边界图层 %1：%2。</translation>
    </message>
    <message>
        <source>Boundary layer %1: %2, approval number %3.</source>
        <translation>边界图层 %1：%2，审图号 %3。</translation>
    </message>
    <message>
        <source>Computed with ComputeAtlas %1, planning model version 1.</source>
        <translation>由 ComputeAtlas（算力图谱）%1 计算，规划模型第 1 版。</translation>
    </message>
    <message>
        <source>Utilization by centre</source>
        <translation>各中心利用率</translation>
    </message>
    <message>
        <source>Utilization by centre over the horizon</source>
        <translation>规划期内各中心利用率</translation>
    </message>
    <message>
        <source>Served PFLOPS-h over available PFLOPS-h of each centre; “—” where the centre does not exist in a scenario.</source>
        <translation>各中心已服务 PFLOPS-h 除以可用 PFLOPS-h；“—”表示该情景中没有这个中心。</translation>
    </message>
    <message>
        <source>Served share by tenant</source>
        <translation>各用户需求满足率</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Demand
PFLOPS-h</source>
        <translation>需求
PFLOPS-h</translation>
    </message>
    <message>
        <source>Served share of demand by tenant, least served first</source>
        <translation>各用户的需求满足率（满足率最低者在前）</translation>
    </message>
    <message>
        <source>Served PFLOPS-h over demanded PFLOPS-h of each tenant; demand as in the baseline.</source>
        <translation>各用户已服务 PFLOPS-h 除以需求 PFLOPS-h；需求取基准情景。</translation>
    </message>
    <message>
        <source>Chip mix</source>
        <translation>芯片构成</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Capacity
share</source>
        <translation>算力
占比</translation>
    </message>
    <message>
        <source>Chips: units in service at the end of the horizon, share of capacity in the baseline, utilization by scenario</source>
        <translation>芯片：规划期末在役数量、基准情景算力占比、各情景利用率</translation>
    </message>
    <message>
        <source>Centres, tenants and chips</source>
        <translation>中心、用户与芯片</translation>
    </message>
    <message>
        <source>%1 — baseline</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Compute capacity planning report</source>
        <translation>算力规划报告</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Prepared with ComputeAtlas %1</source>
        <translation>由 ComputeAtlas（算力图谱）%1 生成</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Where demand arises and where it is served: regions sized by demand, centres by capacity and coloured by utilization, and the flows between them.</source>
        <translation>需求在哪里产生、在哪里得到满足：区域大小表示需求，中心大小表示算力、颜色表示利用率，连线表示两者之间的调度流量。</translation>
    </message>
    <message>
        <source>%1, period %2</source>
        <translation>%1，%2 期</translation>
    </message>
    <message>
        <source>Base map: Natural Earth 1:50m (public domain), via world-atlas 2.0.2. Schematic map: boundaries are illustrative and not authoritative.</source>
        <translation>底图：Natural Earth 1:50m（公有领域），经 world-atlas 2.0.2。示意图，边界仅供示意，不作为权属依据。</translation>
    </message>
    <message>
        <source>Boundaries: %1, source: %2.</source>
        <translation>边界：%1，来源：%2。</translation>
    </message>
    <message>
        <source>Approval number (审图号): %1.</source>
        <translation>审图号：%1。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Capacity, demand and service over the horizon, for each scenario.</source>
        <translation>各情景在规划期内的算力、需求与服务情况。</translation>
    </message>
    <message>
        <source>%1 — capacity planning report</source>
        <translation>%1 — 算力规划报告</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>无法启动 PDF 写入</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>PFLOPS-h</source>
        <translation>PFLOPS-h</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已服务</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Cross-region share</source>
        <translation>跨区域占比</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1
baseline</source>
        <translation>%1
基准</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Key figures (scenarios %1–%2 of %3)</source>
        <translation>关键指标（第 %1–%2 个情景，共 %3 个）</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Totals over the horizon. Below each value: its change against the baseline %1, in per cent or, for shares, in percentage points (pp). PFLOPS-h: a sustained PFLOPS for one hour.</source>
        <translation>规划期合计。数值下方为相对基准情景 %1 的变化：一般指标为百分比，占比类指标为百分点。PFLOPS-h：持续 1 PFLOPS 算力 1 小时。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>at a capex of %1 %2</source>
        <translation>投资 %1 %2</translation>
    </message>
    <message>
        <source>without capex</source>
        <translation>无需新增投资</translation>
    </message>
    <message>
        <source>%1 serves as much demand as %2 (%3 %4), %5.</source>
        <translation>%1 与 %2 满足的需求相同（%3 %4），%5。</translation>
    </message>
    <message>
        <source>%1 serves %2 %3 (%4) more than %5, %6.</source>
        <translation>%1 比 %5 多满足 %2 %3 的需求（%4），%6。</translation>
    </message>
    <message>
        <source>%1 serves %2 %3 (%4) less than %5, %6.</source>
        <translation>%1 比 %5 少满足 %2 %3 的需求（%4），%6。</translation>
    </message>
    <message>
        <source>Utilization moves from %1 to %2, energy cost from %3 to %4 %5.</source>
        <translation>利用率由 %1 变为 %2，电费由 %3 变为 %4 %5。</translation>
    </message>
    <message>
        <source>Each additional PFLOPS-h served carries %1 %2 of capex.</source>
        <translation>每多满足 1 PFLOPS-h 需求对应投资 %1 %2。</translation>
    </message>
    <message>
        <source>Of the scenarios compared, %1 leaves the least demand unserved: %2 %3, %4 of demand.</source>
        <translation>在所比较的情景中，%1 未满足的需求最少：%2 %3，占需求的 %4。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Share of the available capacity that stands idle: %1.</source>
        <translation>可用算力的闲置比例：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>This report shows one scenario of the project %1 over %2 periods, from %3 to %4: %5.</source>
        <translation>本报告展示项目 %1 的一个情景：%5，规划期共 %2 期，自 %3 至 %4。</translation>
    </message>
    <message>
        <source>This report compares %6 scenarios of the project %1 over %2 periods, from %3 to %4. The baseline is %5.</source>
        <translation>本报告比较项目 %1 的 %6 个情景，规划期共 %2 期，自 %3 至 %4。基准情景为 %5。</translation>
    </message>
    <message>
        <source>Tenants not listed: %1, each served at least %2 in the baseline.</source>
        <translation>未列出的用户：%1 个，基准情景下满足率均不低于 %2。</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>情景对比</translation>
    </message>
</context>
</TS>
