<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoundaryLayers</name>
    <message>
        <location filename="../views/map/boundarylayers.cpp" line="+42"/>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>map approval number: %1</source>
        <translation>审图号：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries: %1</source>
        <translation>边界：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cliproject.cpp" line="+32"/>
        <source>%1: valid — %2 regions, %3 centres, %4 chips, %5 tenants, %6 scenarios, %7 periods</source>
        <translation>%1：校验通过 — %2 个区域，%3 个智算中心，%4 种芯片，%5 个租户，%6 个场景，%7 个周期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import reads a .yaml file and writes an .atlas file</source>
        <translation>import 读取 .yaml 文件并写出 .atlas 文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>export writes a .yaml file</source>
        <translation>export 写出的是 .yaml 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/clischedule.cpp" line="+88"/>
        <source>scenario %1 (%2), %3 periods</source>
        <translation>场景 %1（%2），共 %3 个周期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  demand    %1 PFLOPS-hours</source>
        <translation>  需求        %1 PFLOPS-h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  served    %1 PFLOPS-hours</source>
        <translation>  已满足      %1 PFLOPS-h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  unserved  %1 PFLOPS-hours</source>
        <translation>  未满足      %1 PFLOPS-h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  utilization %1</source>
        <translation>  利用率      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  energy    %1 MWh, cost %2 %3</source>
        <translation>  能耗        %1 MWh，电费 %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  objective %1 %2, capex %3 %2</source>
        <translation>  目标函数值  %1 %2，资本开支 %3 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schedule needs --scenario ID</source>
        <translation>schedule 需要 --scenario ID</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>compare needs --scenarios A,B,...</source>
        <translation>compare 需要 --scenarios A,B,...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>demand (PFLOPS-h)</source>
        <translation>需求 (PFLOPS-h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served (PFLOPS-h)</source>
        <translation>已满足 (PFLOPS-h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unserved (PFLOPS-h)</source>
        <translation>未满足 (PFLOPS-h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy (MWh)</source>
        <translation>能耗 (MWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>目标函数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+65"/>
        <source>usage: computeatlas-cli %1</source>
        <translation>用法：computeatlas-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+18"/>
        <source>Usage: computeatlas-cli COMMAND [ARGUMENTS]

Commands:
  validate FILE                          check a .yaml or .atlas file
  import IN.yaml OUT.atlas [--force]     create a project file
  export IN.atlas OUT.yaml               write the interchange file
  schedule FILE --scenario ID [--json OUT|-] [--no-flows] [--threads N]
                                         run one scenario
  compare FILE --scenarios A,B,...       compare the totals of scenarios
  report FILE --scenarios A,B,... --out OUT.pdf [--lang en|zh_CN]
                                         write the PDF report
  --version, --help

FILE may be a .yaml or an .atlas file. Exit status: 0 success, 1 invalid project
or failed run, 2 usage error, 3 file could not be read or written.
</source>
        <translation>用法：computeatlas-cli COMMAND [ARGUMENTS]

命令：
  validate FILE                          校验 .yaml 或 .atlas 文件
  import IN.yaml OUT.atlas [--force]     创建项目文件
  export IN.atlas OUT.yaml               写出交换文件
  schedule FILE --scenario ID [--json OUT|-] [--no-flows] [--threads N]
                                         运行一个场景
  compare FILE --scenarios A,B,...       比较各场景的合计值
  report FILE --scenarios A,B,... --out OUT.pdf [--lang en|zh_CN]
                                         生成 PDF 报告
  --version, --help

FILE 可以是 .yaml 或 .atlas 文件。退出状态：0 成功；1 项目无效或运行失败；
2 用法错误；3 文件无法读取或写入。
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no command given; try --help</source>
        <translation>未指定命令；请尝试 --help</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>未知命令“%1”；请尝试 --help</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../views/document/dashboardcharts.cpp" line="+63"/>
        <source>Installed capacity by chip</source>
        <translation>各芯片装机算力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed capacity by ecosystem</source>
        <translation>各生态装机算力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed capacity by centre</source>
        <translation>各智算中心装机算力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>算力容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the scenario to see its capacity</source>
        <translation>运行场景后即可查看其算力</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No capacity installed: add chips to the centres&apos; inventory</source>
        <translation>尚无装机算力：请在智算中心的装机中添加芯片</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../views/document/editcommands.cpp" line="+30"/>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This field cannot be edited.</source>
        <translation>此字段不可编辑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set %1 of %2</source>
        <translation>设置%2的%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n %1</source>
        <translation>
            <numerusform>删除 %n 个%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duplicate %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../views/document/mapedits.cpp" line="+102"/>
        <source>Move centre %1</source>
        <translation>移动智算中心 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change project settings</source>
        <translation>修改项目设置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import boundary layer</source>
        <translation>导入边界图层</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove boundary layer</source>
        <translation>移除边界图层</translation>
    </message>
    <message>
        <location filename="../views/document/tabularimport.cpp" line="+84"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/document/mapedits.cpp" line="-9"/>
        <source>There is no centre %1.</source>
        <translation>不存在智算中心 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add centre %1 on the map</source>
        <translation>在地图上添加智算中心 %1</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../views/document/entitylist.cpp" line="+59"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>装机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory entry</source>
        <translation>装机记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../views/document/entityfields.cpp" line="+143"/>
        <source>Ecosystems</source>
        <translation>可用生态</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demand from</source>
        <translation>需求起始月</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demand series</source>
        <translation>需求序列</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+50"/>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+50"/>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+78"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+49"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power limit (MW)</source>
        <translation>功率上限（MW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity price (/kWh)</source>
        <translation>电价（/kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build cost</source>
        <translation>建设成本</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (GB)</source>
        <translation>显存（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TDP (W)</source>
        <translation>TDP（W）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle fraction</source>
        <translation>空载功耗占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms)</source>
        <translation>时延（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth (Gbit/s)</source>
        <translation>带宽（Gbit/s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max latency (ms)</source>
        <translation>时延上限（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (/PFLOPS-h)</source>
        <translation>单位价值（/PFLOPS-h）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer cost</source>
        <translation>传输成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand base (PFLOPS)</source>
        <translation>需求基数（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth per period</source>
        <translation>每期增长率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand scale</source>
        <translation>需求倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added centres</source>
        <translation>新增智算中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added inventory</source>
        <translation>新增装机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added links</source>
        <translation>新增链路</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../views/map/maplegend.cpp" line="+76"/>
        <source>Basemap not installed: run resources/basemap/fetch-basemap.sh and rebuild.</source>
        <translation>未安装底图：请运行 resources/basemap/fetch-basemap.sh 后重新构建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basemap: Natural Earth (public domain). Country outlines are illustrative only.</source>
        <translation>底图：Natural Earth（公有领域）。国界轮廓仅为示意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basemap: Natural Earth (public domain).</source>
        <translation>底图：Natural Earth（公有领域）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albers equal-area conic, standard parallels 25°N and 47°N, central meridian 105°E.</source>
        <translation>阿尔伯斯等积圆锥投影，标准纬线为北纬 25° 和北纬 47°，中央经线为东经 105°。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Regions: demand</source>
        <translation>区域：需求</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Colour: share of demand served</source>
        <translation>颜色：需求满足率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compute centres: actual − plan utilization</source>
        <translation>智算中心：实际利用率 − 计划利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan results: run the scenario to compare</source>
        <translation>尚无计划结果：运行场景后即可对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−%1 pts</source>
        <translation>−%1 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 pts</source>
        <translation>+%1 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The plan&apos;s results are stale: re-run the scenario</source>
        <translation>⚠ 计划结果已过期：请重新运行场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below plan — on plan — above plan</source>
        <translation>低于计划 — 符合计划 — 高于计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No actuals imported yet</source>
        <translation>尚未导入实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No actuals in this period</source>
        <translation>本周期无实际值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compute centres: size = capacity</source>
        <translation>智算中心：大小 = 算力容量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ring: utilization (red above 95 %)</source>
        <translation>圆环：利用率（高于 95% 显示为红色）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width: PFLOPS carried; colour: relative load</source>
        <translation>宽度：承载的 PFLOPS；颜色：相对负载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light</source>
        <translation>轻载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>busiest</source>
        <translation>最繁忙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network links (no results yet)</source>
        <translation>网络链路（尚无结果）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Flow from a region to a serving centre</source>
        <translation>从区域到提供服务的智算中心的调度流量</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../views/map/centeritem.cpp" line="+63"/>
        <source>Compute centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>算力容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/map/flowitem.cpp" line="+52"/>
        <location filename="../views/map/regionitem.cpp" line="+48"/>
        <source>Served</source>
        <translation>已服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actual − plan</source>
        <translation>实际 − 计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no actuals</source>
        <translation>无实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../views/map/flowitem.cpp" line="-2"/>
        <source>Flow</source>
        <translation>调度流量</translation>
    </message>
    <message>
        <location filename="../views/map/linkitem.cpp" line="+57"/>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>时延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried</source>
        <translation>承载量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative load</source>
        <translation>相对负载</translation>
    </message>
    <message>
        <location filename="../views/map/maptext.cpp" line="+18"/>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../views/map/regionitem.cpp" line="-5"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Served share</source>
        <translation>需求满足率</translation>
    </message>
</context>
<context>
    <name>OpsEdit</name>
    <message>
        <location filename="../views/ops/actualsedits.cpp" line="+30"/>
        <source>The import contains no values: nothing was changed.</source>
        <translation>此次导入不含任何数值：未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import %n actual value(s)</source>
        <translation>
            <numerusform>导入 %n 个实际值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove import %1</source>
        <translation>移除导入 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The thresholds must lie between 0 % and 100 %, the low one below the high one, and the tenant margin must not be negative.</source>
        <translation>阈值必须介于 0% 与 100% 之间，且闲置阈值须低于过载阈值；租户超出裕度不能为负数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change alert thresholds</source>
        <translation>修改告警阈值</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../app/common/problemtext.cpp" line="+20"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region or centre</source>
        <translation>区域或智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory entry</source>
        <translation>装机记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping (key: value entries)</source>
        <translation>映射（键: 值 条目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month written YYYY-MM</source>
        <translation>YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value (utilization, busy chips or GPU-hours)</source>
        <translation>数值（利用率、忙碌芯片数或 GPU 时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host name was not found</source>
        <translation>找不到该主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secure (TLS) connection failed</source>
        <translation>安全连接（TLS）建立失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy failed or refused the connection</source>
        <translation>代理服务器出错或拒绝了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; use --force to overwrite it</source>
        <translation>%1 已存在；如需覆盖，请使用 --force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is neither an interchange file (.yaml, .yml) nor a project file (.atlas)</source>
        <translation>%1 既不是交换文件（.yaml、.yml），也不是项目文件（.atlas）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not say `format: computeatlas/1`; it is not a ComputeAtlas interchange file</source>
        <translation>文件中没有 `format: computeatlas/1` 声明，不是 ComputeAtlas 交换文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format &quot;%1&quot;; this version reads computeatlas/1</source>
        <translation>未知格式“%1”；本版本只能读取 computeatlas/1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be %2</source>
        <translation>“%1”必须是%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &quot;%1&quot; is ignored (a typo?)</source>
        <translation>未知的键“%1”已忽略（是否拼写有误？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>“%1”引用的%2“%3”不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 id &quot;%2&quot; is used more than once</source>
        <translation>%1 ID“%2”重复使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must not be negative (it is %2)</source>
        <translation>“%1”不能为负数（当前为 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>“%1”必须是有限数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be a whole number (it is %2)</source>
        <translation>“%1”必须是整数（当前为 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PUE of %1 is impossible: PUE is at least 1</source>
        <translation>PUE 不可能为 %1：PUE 至少为 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is %2 but must lie between %3 and %4</source>
        <translation>“%1”为 %2，但必须介于 %3 与 %4 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand series has %1 values but the project has %2 periods</source>
        <translation>需求序列有 %1 个值，但项目有 %2 个周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be a month written YYYY-MM, not &quot;%2&quot;</source>
        <translation>“%1”必须是 YYYY-MM 格式的月份，而不是“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand starts in %1, outside the planning horizon %2 to %3</source>
        <translation>需求起始于 %1，超出了规划期（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;until&quot; (%1) is before &quot;from&quot; (%2)</source>
        <translation>“until”（%1）早于“from”（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown policy &quot;%1&quot;; use optimal, local or nearest</source>
        <translation>未知调度策略“%1”；请使用 optimal、local 或 nearest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown workload &quot;%1&quot;; use training, inference, finetune, hpc or video</source>
        <translation>未知负载类型“%1”；请使用 training、inference、finetune、hpc 或 video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown period length &quot;%1&quot;; use month, quarter or year</source>
        <translation>未知周期长度“%1”；请使用 month、quarter 或 year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must list at least one entry</source>
        <translation>“%1”至少要列出一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link joins %1 to itself</source>
        <translation>有链路的两端都是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>“%1”不能为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centre %1 needs %2 MW at full load but its power limit is %3 MW</source>
        <translation>智算中心 %1 满载需要 %2 MW，但其功率上限为 %3 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a ComputeAtlas project file (not an SQLite database)</source>
        <translation>%1 不是 ComputeAtlas 项目文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an SQLite database but not a ComputeAtlas project</source>
        <translation>%1 是 SQLite 数据库，但不是 ComputeAtlas 项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer ComputeAtlas (file version %2, this version reads up to %3); update ComputeAtlas to open it</source>
        <translation>%1 由更新版本的 ComputeAtlas 写入（文件版本 %2，本版本最高只能读取 %3）；请升级 ComputeAtlas 后再打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be opened safely: %2</source>
        <translation>%1 已损坏，无法安全打开：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a %2 &quot;%3&quot; that ComputeAtlas did not create; it is refused for safety</source>
        <translation>%1 中有一个并非由 ComputeAtlas 创建的 %2“%3”；为安全起见，拒绝打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open in another ComputeAtlas (%2)</source>
        <translation>%1 已在另一个 ComputeAtlas 中打开（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be saved: %2; the file on disk is unchanged</source>
        <translation>无法保存 %1：%2；磁盘上的文件未作改动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open read-only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: database error: %2</source>
        <translation>%1：数据库错误：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &quot;%1&quot; appears twice in the same entry</source>
        <translation>键“%1”在同一条目中出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be greater than 0 (it is %2)</source>
        <translation>“%1”必须大于 0（当前为 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names the ecosystem &quot;%2&quot;, which no chip in the project has</source>
        <translation>“%1”指定的生态“%2”在项目中没有任何芯片支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds more than one YAML document; only one project per file</source>
        <translation>文件包含多个 YAML 文档；每个文件只能包含一个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请以 UTF-8 编码保存文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no scenario &quot;%1&quot;</source>
        <translation>不存在场景“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored results cannot be read (%1); run the scenario again</source>
        <translation>无法读取已保存的结果（%1）；请重新运行该场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a boundary file this version reads (GeoJSON .geojson/.json, GeoPackage .gpkg, ESRI Shapefile .shp)</source>
        <translation>%1 不是本版本可读取的边界文件（GeoJSON .geojson/.json、GeoPackage .gpkg、ESRI Shapefile .shp）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read as boundaries: %2</source>
        <translation>无法将 %1 读取为边界：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a GeoPackage</source>
        <translation>%1 不是 GeoPackage 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 looks like projected coordinates (%2), not degrees; reproject it to WGS 84 longitude/latitude degrees and import it again</source>
        <translation>%1 似乎采用投影坐标（%2），而不是经纬度；请先转换为 WGS 84 经纬度（单位：度），再重新导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no polygon boundaries</source>
        <translation>%1 中没有多边形边界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds %2 geometries; only polygons and multipolygons can be imported as boundaries</source>
        <translation>%1 中包含 %2 类几何要素；只有多边形（Polygon）和多重多边形（MultiPolygon）可以作为边界导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB); simplify the boundaries first</source>
        <translation>%1 过大，无法导入（%2 MB，上限为 %3 MB）；请先简化边界</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than %2 points; simplify the boundaries first</source>
        <translation>%1 的点数超过 %2；请先简化边界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names in %1 are not valid %2 text; choose the encoding the file was written in (often GBK for Chinese shapefiles)</source>
        <translation>%1 中的名称不是有效的 %2 文本；请选择该文件实际使用的编码（中文 Shapefile 通常为 GBK）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %4 stored actuals rows of &quot;%2&quot; were left out because their &quot;%3&quot; is missing or out of range; saving keeps only the rows that were read</source>
        <translation>%1：“%2”中有 %4 行已保存的实际值因“%3”缺失或超出范围而被略去；保存时只保留已读取的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the stored alert threshold &quot;%2&quot; is missing or out of range; the default is used</source>
        <translation>%1：已保存的告警阈值“%2”缺失或超出范围；改用默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid %2 text; choose the encoding the file was written in (UTF-8 or GBK)</source>
        <translation>%1 不是有效的 %2 文本；请选择该文件实际使用的编码（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: it has no header line</source>
        <translation>%1 为空：没有表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a header but no data rows</source>
        <translation>%1 只有表头，没有数据行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column is chosen for the %1</source>
        <translation>未指定%1对应的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row ends before the column &quot;%1&quot;</source>
        <translation>该行在“%1”列之前就已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column &quot;%1&quot; is empty in this row</source>
        <translation>该行的“%1”列为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; in the column &quot;%1&quot; is not a time (use ISO 8601 such as 2026-03-01T08:00:00Z, or Unix seconds)</source>
        <translation>“%1”列中的“%2”不是时间（请使用 ISO 8601 格式，如 2026-03-01T08:00:00Z，或 Unix 秒数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; in the column &quot;%1&quot; is not a number</source>
        <translation>“%1”列中的“%2”不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%2 in the column &quot;%1&quot; is below the smallest allowed value %3</source>
        <translation>“%1”列中的 %2 低于允许的最小值 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 in the column &quot;%1&quot; is outside the allowed range %3 to %4</source>
        <translation>“%1”列中的 %2 超出允许范围（%3 至 %4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end %2 is before the start %1</source>
        <translation>结束时间 %2 早于开始时间 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quoted field is never closed</source>
        <translation>带引号的字段缺少结束引号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines %1 and %2 give different values for the same time and pool (or job); correct one of them</source>
        <translation>第 %1 行与第 %2 行对同一时间、同一算力池（或作业）给出了不同的数值；请更正其中一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%2&quot; in the column &quot;%1&quot; is not a GPU entry of the form gres/gpu=N or gres/gpu:TYPE=N</source>
        <translation>“%1”列中的“%2”不是 gres/gpu=N 或 gres/gpu:TYPE=N 形式的 GPU 条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs have not ended (for example %2) and were left out; import them after they end</source>
        <translation>%1 个作业尚未结束（例如 %2），已略去；请在作业结束后再导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 &quot;%2&quot; matches nothing in the project; its %3 rows were left out</source>
        <translation>%1“%2”在项目中没有对应项；其 %3 行已略去</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows fall outside the planning periods and were left out</source>
        <translation>%1 行超出规划周期，已略去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 duplicate rows were counted once</source>
        <translation>%1 行重复数据只计一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 occasions a pool had different values at the same time (two names mapped to it); they were averaged</source>
        <translation>有 %1 处同一算力池在同一时刻有不同数值（两个名称映射到了同一算力池），已取平均值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server %1 refused the credentials (HTTP status %2); check the user and password or the token</source>
        <translation>服务器 %1 拒绝了所提供的凭据（HTTP 状态 %2）；请检查用户名和密码或访问令牌</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response from %1 is not a Prometheus API response: %2</source>
        <translation>%1 的响应不是 Prometheus API 响应：%2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%3 busy-chip samples of %1 / %2 fall where the project has no such chips in service; they were left out</source>
        <translation>%1 / %2 有 %3 个忙碌芯片数采样落在项目中该芯片未投入使用的时段；已略去</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>cancelled: nothing was changed, earlier results and data are kept</source>
        <translation>已取消：未做任何更改，原有结果和数据均保留</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 usage rows name no chip and no default chip was chosen; they were left out</source>
        <translation>%1 行用量未注明芯片，且未选择默认芯片；已略去</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the samples are too sparse to tell their interval; each was taken to cover %1 seconds</source>
        <translation>采样过于稀疏，无法判断采样间隔；每个采样按覆盖 %1 秒计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 samples showed more busy chips than are in service; they were counted as 100 %</source>
        <translation>%1 个采样的忙碌芯片数多于在用芯片数；已按 100% 计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the setting &quot;%1&quot; is not valid: %2</source>
        <translation>设置“%1”无效：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Prometheus server %1 cannot be reached: %2; check the address and that it is running</source>
        <translation>无法连接 Prometheus 服务器 %1：%2；请检查地址，并确认服务器正在运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Prometheus server %1 did not answer within %2 seconds; try a shorter range or a longer timeout</source>
        <translation>Prometheus 服务器 %1 在 %2 秒内未响应；请缩短时间范围或延长超时时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server %1 answered with HTTP status %2: %3</source>
        <translation>服务器 %1 返回 HTTP 状态码 %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus 拒绝了查询（%1）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no series of the metric &quot;%1&quot;; check its name</source>
        <translation>服务器上没有指标“%1”的时间序列；请检查指标名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the metric &quot;%1&quot; has no samples from %2 to %3</source>
        <translation>指标“%1”在 %2 至 %3 之间没有采样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series of the metric have no label &quot;%1&quot;; choose the labels that name the centre and the chip</source>
        <translation>该指标的时间序列没有标签“%1”；请选择标识智算中心和芯片的标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown problem</source>
        <translation>未知问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../views/report/reportappendix.cpp" line="+28"/>
        <source>optimal</source>
        <translation>全局最优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>本地自给</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nearest</source>
        <translation>就近调度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 months from %2</source>
        <translation>自 %2 起 %1 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quarters from %2</source>
        <translation>自 %2 起 %1 个季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years from %2</source>
        <translation>自 %2 起 %1 年</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access latency, centre to own region</source>
        <translation>智算中心至所在区域的接入时延</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer cost</source>
        <translation>传输成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 per PFLOPS-h per ms</source>
        <translation>每 PFLOPS-h 每 ms %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration cost (non-native ecosystem)</source>
        <translation>迁移成本（非原生生态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 per PFLOPS-h</source>
        <translation>每 PFLOPS-h %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amortization</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../views/report/reportbreakdowns.cpp" line="+168"/>
        <location filename="../views/report/reportoperations.cpp" line="+196"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reportbreakdowns.cpp" line="+0"/>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory
GB</source>
        <translation>显存
GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TDP
W</source>
        <translation>功耗
W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle
share</source>
        <translation>空载
功耗占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price
%1</source>
        <translation>单价
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chip catalogue</source>
        <translation>芯片目录</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../views/report/reportbreakdowns.cpp" line="-112"/>
        <location filename="../views/report/reportoperations.cpp" line="+0"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/reportbreakdowns.cpp" line="+0"/>
        <location line="+71"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity
%1/kWh</source>
        <translation>电价
%1/kWh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power
MW</source>
        <translation>电力
MW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand
scale</source>
        <translation>需求
倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added centres</source>
        <translation>新增智算中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added chips</source>
        <translation>新增芯片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added
links</source>
        <translation>新增
链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex
%1</source>
        <translation>资本开支
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2 at %3</source>
        <translation>%3：%2 × %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios and their changes to the base project</source>
        <translation>各场景及其对基准项目的改动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures in this report follow from the inputs below. Every scenario starts from the same base project and changes only what its overlay lists.</source>
        <translation>本报告的数字均来自以下输入。每个场景都以同一基准项目为起点，只改动其叠加层所列内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appendix: methods</source>
        <translation>附录：方法说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planning model asks, for each scenario and each planning period, how much of the demand for compute can be served, where, on which chips, at what cost and energy, and how much capacity stands idle. Planners have two levers: build (add chips or centres where demand is) and use (schedule existing capacity across the network, so that demand in one place is served by idle capacity in another).</source>
        <translation>规划模型针对每个场景、每个规划周期回答：算力需求能满足多少，在哪里、用哪种芯片满足，成本和能耗多少，有多少算力闲置。规划人员有两个抓手：“建”（在需求所在地增加芯片或智算中心）和“用”（在全网调度现有算力，让一地的需求由另一地的闲置算力满足）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity and demand</source>
        <translation>算力与需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity of a pool — all chips of one model at one centre — is the number of chips in service times their dense FP16 performance times the centre&apos;s availability, in PFLOPS. A tenant&apos;s demand comes from an explicit series, or grows from a base value at a constant rate per period; a scenario may scale all demand.</source>
        <translation>算力池（一个智算中心内同一型号的全部芯片）的算力等于在役芯片数 × 稠密 FP16 性能 × 智算中心可用率，单位 PFLOPS。租户需求来自明确给出的序列，或由基数按每期固定增长率增长；场景可以整体放大或缩小需求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may use what</source>
        <translation>谁能用哪些算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant may use a pool when the chip&apos;s software ecosystem is one the tenant can run, and the network latency between the tenant&apos;s region and the centre — the shortest path over the links — is within the tenant&apos;s limit. Under the local policy a tenant may use only centres in its own region.</source>
        <translation>当芯片的软件生态是租户能运行的生态，且租户所在区域到智算中心的网络时延（沿链路的最短路径，即“算距”）不超过租户的上限时，租户可以使用该算力池。在“本地自给”策略下，租户只能使用本区域内的智算中心。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of serving</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving one PFLOPS for one hour costs the extra energy of busy chips over idle ones (including the centre&apos;s PUE and electricity price), a transfer cost that grows with latency, and a migration cost when the tenant runs on an ecosystem other than its native one. Demand left unserved costs the tenant&apos;s value per PFLOPS-hour.</source>
        <translation>提供 1 PFLOPS 算力 1 小时的成本包括：忙碌芯片相对空载多耗的电费（计入智算中心 PUE 和电价）、随时延增长的传输成本，以及租户在非原生生态上运行时的迁移成本。未满足的需求按租户每 PFLOPS-h 的价值计入成本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduling</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each period is solved on its own. The optimal and local policies find the schedule of least total cost exactly, as a minimum-cost flow. The nearest policy mimics manual allocation: tenants in order of value take capacity from the nearest eligible pools first. The reported objective is the total cost of the chosen schedule, whatever the policy; capex of what a scenario builds is reported beside it, not inside it.</source>
        <translation>各周期分别求解。“全局最优”和“本地自给”策略以最小费用流精确求出总成本最低的调度方案；“就近调度”策略模拟人工分配：租户按价值从高到低，优先从最近的可用算力池取用算力。报告的目标函数值是所选调度方案的总成本，与策略无关；场景新建内容的资本开支与目标函数值并列报告，不计入其中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization is served over available capacity; totals over the horizon weigh each period by its calendar hours. Energy counts idle chips at their idle share of power and busy chips at full power, times PUE. The cross-region share is the part of served demand that runs in a region other than the tenant&apos;s own.</source>
        <translation>利用率等于已满足需求除以可用算力；规划期合计按各周期的日历小时数加权。能耗按空载芯片的空载功耗和忙碌芯片的满载功耗计算，再乘以 PUE。跨区域调度占比是已满足需求中在租户所在区域以外运行的部分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project: %1 (file %2).</source>
        <translation>项目：%1（文件 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project: %1.</source>
        <translation>项目：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results of %1: computed for this report.</source>
        <translation>%1 的结果：为本报告计算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of %1: stored in the project file, computed %2.</source>
        <translation>%1 的结果：取自项目文件，计算于 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out, without current results: %1.</source>
        <translation>因无最新结果而略去：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chips, centres, tenants and links: as entered in the project; the chip figures are the vendors&apos; published dense FP16/BF16 performance, memory and power.</source>
        <translation>芯片、智算中心、租户和链路：按项目中的录入；芯片参数为厂商公布的稠密 FP16/BF16 性能、显存和功耗。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base map: Natural Earth 1:50m, public domain, via world-atlas 2.0.2.</source>
        <translation>底图：Natural Earth 1:50m（公有领域），经 world-atlas 2.0.2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boundary layer %1: %2.</source>
        <translation>边界图层 %1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary layer %1: %2, approval number %3.</source>
        <translation>边界图层 %1：%2，审图号 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed with ComputeAtlas %1, planning model version 1.</source>
        <translation>由 ComputeAtlas（算力图谱）%1 计算，规划模型第 1 版。</translation>
    </message>
    <message>
        <location filename="../views/report/reportbreakdowns.cpp" line="-77"/>
        <source>Utilization by centre</source>
        <translation>各智算中心利用率</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Utilization by centre over the horizon</source>
        <translation>规划期内各智算中心利用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served PFLOPS-h over available PFLOPS-h of each centre; “—” where the centre does not exist in a scenario.</source>
        <translation>各智算中心已满足的 PFLOPS-h 除以可用 PFLOPS-h；“—”表示该场景中没有这个智算中心。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Served share by tenant</source>
        <translation>各租户需求满足率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand
PFLOPS-h</source>
        <translation>需求
PFLOPS-h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Served share of demand by tenant, least served first</source>
        <translation>各租户的需求满足率（满足率最低者在前）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served PFLOPS-h over demanded PFLOPS-h of each tenant; demand as in the baseline.</source>
        <translation>各租户已满足的 PFLOPS-h 除以需求 PFLOPS-h；需求取基准场景。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenants not listed: %1, each served at least %2 in the baseline.</source>
        <translation>未列出的租户：%1 个，基准场景下满足率均不低于 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chip mix</source>
        <translation>芯片构成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity
share</source>
        <translation>算力
占比</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chips: units in service at the end of the horizon, share of capacity in the baseline, utilization by scenario</source>
        <translation>芯片：规划期末在役数量、基准场景算力占比、各场景利用率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Centres, tenants and chips</source>
        <translation>智算中心、租户与芯片</translation>
    </message>
    <message>
        <location filename="../views/report/reportcover.cpp" line="+18"/>
        <source>%1 — baseline</source>
        <translation>%1（基准场景）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not included, without current results: %1</source>
        <translation>因无最新结果未纳入：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Compute capacity planning report</source>
        <translation>算力规划报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prepared with ComputeAtlas %1</source>
        <translation>由 ComputeAtlas（算力图谱）%1 生成</translation>
    </message>
    <message>
        <location filename="../views/report/reportfigures.cpp" line="+108"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where demand arises and where it is served: regions sized by demand, centres by capacity and coloured by utilization, and the flows between them.</source>
        <translation>需求在哪里产生、在哪里得到满足：区域大小表示需求，智算中心大小表示算力、颜色表示利用率，连线表示两者之间的调度流量。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, period %2</source>
        <translation>%1，%2 期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base map: Natural Earth 1:50m (public domain), via world-atlas 2.0.2. Schematic map: boundaries are illustrative and not authoritative.</source>
        <translation>底图：Natural Earth 1:50m（公有领域），经 world-atlas 2.0.2。本图为示意图，边界仅供示意，不作为权属依据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boundaries: %1, source: %2.</source>
        <translation>边界：%1，来源：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval number (审图号): %1.</source>
        <translation>审图号：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity, demand and service over the horizon, for each scenario.</source>
        <translation>各场景在规划期内的算力、需求与满足情况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios compared</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="+145"/>
        <source>%1 — capacity planning report</source>
        <translation>%1 — 算力规划报告</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the PDF writer could not start</source>
        <translation>无法启动 PDF 写入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF could not be completed</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>it is a folder</source>
        <translation>该路径是文件夹</translation>
    </message>
    <message>
        <location filename="../views/report/reportsummary.cpp" line="+90"/>
        <location line="+67"/>
        <source>PFLOPS-h</source>
        <translation>PFLOPS-h</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unserved</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-region share</source>
        <translation>跨区域调度占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目标函数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
baseline</source>
        <translation>%1
基准场景</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures (scenarios %1–%2 of %3)</source>
        <translation>关键指标（第 %1–%2 个场景，共 %3 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals over the horizon. Below each value: its change against the baseline %1, in per cent or, for shares, in percentage points (pp). PFLOPS-h: a sustained PFLOPS for one hour.</source>
        <translation>规划期合计。数值下方为相对基准场景 %1 的变化：一般指标为百分比，占比类指标为百分点。PFLOPS-h：持续 1 PFLOPS 算力 1 小时。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Findings</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at a capex of %1 %2</source>
        <translation>资本开支 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without capex</source>
        <translation>无需资本开支</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 serves as much demand as %2 (%3 %4), %5.</source>
        <translation>%1 与 %2 满足的需求相同（%3 %4），%5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 serves %2 %3 (%4) more than %5, %6.</source>
        <translation>%1 比 %5 多满足 %2 %3 的需求（%4），%6。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 serves %2 %3 (%4) less than %5, %6.</source>
        <translation>%1 比 %5 少满足 %2 %3 的需求（%4），%6。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilization moves from %1 to %2, energy cost from %3 to %4 %5.</source>
        <translation>利用率由 %1 变为 %2，电费由 %3 变为 %4 %5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each additional PFLOPS-h served carries %1 %2 of capex.</source>
        <translation>每多满足 1 PFLOPS-h 需求，需资本开支 %1 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Of the scenarios compared, %1 leaves the least demand unserved: %2 %3, %4 of demand.</source>
        <translation>在所比较的场景中，%1 的未满足需求最少：%2 %3，占需求的 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the available capacity that stands idle: %1.</source>
        <translation>可用算力中闲置的比例：%1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not in this report: %1. These scenarios have not been run, or their results no longer match the project&apos;s inputs.</source>
        <translation>本报告未包含：%1。这些场景尚未运行，或其结果与项目当前的输入已不一致。</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+190"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report shows one scenario of the project %1 over %2 periods, from %3 to %4: %5.</source>
        <translation>本报告展示项目 %1 的一个场景：%5，共 %2 个周期，自 %3 至 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report compares %6 scenarios of the project %1 over %2 periods, from %3 to %4. The baseline is %5.</source>
        <translation>本报告比较项目 %1 的 %6 个场景，共 %2 个周期，自 %3 至 %4。基准场景为 %5。</translation>
    </message>
    <message>
        <location filename="../views/report/reportoperations.cpp" line="-120"/>
        <source>Idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overloaded</source>
        <translation>过载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over plan</source>
        <translation>超出计划</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Actuals cover %1. The plan is the baseline scenario, %2.</source>
        <translation>实际值覆盖 %1。计划取基准场景 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actuals cover %1 to %2. The plan is the baseline scenario, %3.</source>
        <translation>实际值覆盖 %1 至 %2。计划取基准场景 %3。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In the period with pool actuals the plan expected a utilization of %1 on the pools that report; they used %2, %3 points against the plan.</source>
        <translation>在有算力池实际值的周期内，计划预期有实际值的算力池利用率为 %1；实际为 %2，较计划 %3 个百分点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the %1 periods with pool actuals the plan expected a utilization of %2 on the pools that report; they used %3, %4 points against the plan.</source>
        <translation>在有算力池实际值的 %1 个周期内，计划预期有实际值的算力池利用率为 %2；实际为 %3，较计划 %4 个百分点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pool reports its utilization: only tenant usage was imported.</source>
        <translation>没有算力池上报利用率：仅导入了租户用量。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No threshold was crossed.</source>
        <translation>未超出任何阈值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts: %1 idle, %2 overloaded, %3 over plan.</source>
        <translation>告警：闲置 %1 条，过载 %2 条，超出计划 %3 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utilization is capacity-weighted over the pools with actuals in each period. Thresholds: idle below %1, overloaded above %2, a tenant over plan when it uses more than its planned demand plus %3.</source>
        <translation>各周期的利用率按有实际值的算力池的算力容量加权。阈值：低于 %1 为闲置，高于 %2 为过载；租户用量超过其计划需求加 %3 即为超出计划。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pools with
actuals</source>
        <translation>有实际值的
算力池数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity with
actuals, PFLOPS</source>
        <translation>有实际值的算力
PFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Planned
utilization</source>
        <translation>计划
利用率</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Actual
utilization</source>
        <translation>实际
利用率</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Deviation,
points</source>
        <translation>偏差
百分点</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Utilization by period: plan and actual</source>
        <translation>各周期利用率：计划与实际</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Capacity
PFLOPS</source>
        <translation>算力容量
PFLOPS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pools furthest from plan in %1 (%2 of %3 pools with actuals)</source>
        <translation>%1 偏离计划最大的算力池（有实际值的 %3 个算力池中的 %2 个）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+21"/>
        <source>Alerts in %1</source>
        <translation>%1 的告警</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No threshold was crossed in %1.</source>
        <translation>%1 未超出任何阈值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pool or tenant</source>
        <translation>算力池或租户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports of actuals</source>
        <translation>实际值导入记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operations: plan versus actual</source>
        <translation>运营：计划与实际对比</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../views/document/resulttables.cpp" line="+35"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity (PFLOPS)</source>
        <translation>算力容量（PFLOPS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand (PFLOPS)</source>
        <translation>需求（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served (PFLOPS)</source>
        <translation>已满足（PFLOPS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unserved (PFLOPS)</source>
        <translation>未满足（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Stranded (PFLOPS)</source>
        <translation>闲置算力（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-region share</source>
        <translation>跨区域调度占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energy (MWh)</source>
        <translation>能耗（MWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>目标函数值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mean capacity (PFLOPS)</source>
        <translation>平均算力容量（PFLOPS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean served (PFLOPS)</source>
        <translation>平均已满足（PFLOPS）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean served share</source>
        <translation>平均需求满足率</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/common/vocabulary.cpp" line="+18"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPC</source>
        <translation>高性能计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimal (network-wide)</source>
        <translation>全局最优（全网统筹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local (own region)</source>
        <translation>本地自给（本区域内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest (greedy)</source>
        <translation>就近调度（贪心）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>政务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>传媒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>科研</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomous driving</source>
        <translation>自动驾驶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <location filename="../views/document/aboutdialog.cpp" line="+15"/>
        <source>&lt;h2&gt;ComputeAtlas 算力图谱 %1&lt;/h2&gt;&lt;p&gt;Capacity planning for regional AI compute networks: build, use and ecosystems.&lt;/p&gt;&lt;p&gt;Copyright © the ComputeAtlas authors. Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0 / GPL), QCustomPlot (GPL-3.0), yaml-cpp (MIT), SQLite (public domain), Boost.Graph (BSL-1.0), LEMON (Boost licence) and nlohmann/json (MIT).&lt;/p&gt;&lt;p&gt;Data sources of the demo project (hub locations, accelerator datasheets) are listed in docs/data-sources.md; figures not confirmed there are marked as such.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ComputeAtlas 算力图谱 %1&lt;/h2&gt;&lt;p&gt;区域人工智能算力网络规划：建、用与生态。&lt;/p&gt;&lt;p&gt;版权所有 © ComputeAtlas 作者。本软件依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）授权，不提供任何担保。&lt;/p&gt;&lt;p&gt;使用 Qt %2（LGPL-3.0 / GPL）、QCustomPlot（GPL-3.0）、yaml-cpp（MIT）、SQLite（公有领域）、Boost.Graph（BSL-1.0）、LEMON（Boost 许可证）和 nlohmann/json（MIT）构建。&lt;/p&gt;&lt;p&gt;演示项目的数据来源（枢纽位置、加速卡技术规格）列于 docs/data-sources.md；其中未经确认的数据均已注明。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About ComputeAtlas</source>
        <translation>关于 ComputeAtlas</translation>
    </message>
</context>
<context>
    <name>atlas::ActionManager</name>
    <message>
        <location filename="../views/document/actionmanager.cpp" line="+54"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;Demo</source>
        <translation>从演示项目新建(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Interchange YAML…</source>
        <translation>导出交换文件 YAML(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Row</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;CSV…</source>
        <translation>导入 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Proposal…</source>
        <translation>导入方案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Scenario as Proposal…</source>
        <translation>将场景导出为方案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario Manager…</source>
        <translation>场景管理器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Scenarios</source>
        <translation>运行场景(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run &amp;Stale Results</source>
        <translation>重新运行已过期结果(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results Browser</source>
        <translation>结果浏览器(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboards</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Map as PNG or SVG…</source>
        <translation>将地图导出为 PNG 或 SVG(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF report of chosen scenarios, in English or Chinese</source>
        <translation>将所选场景写成 PDF 报告（英文或中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Actuals…</source>
        <translation>导入实际值(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import what the centres and tenants really used (CSV, Slurm accounting, Prometheus) to compare it with the plan</source>
        <translation>导入智算中心和租户的实际用量（CSV、Slurm 记账数据、Prometheus），与计划进行对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Boundary Layer…</source>
        <translation>导入边界图层(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import official boundaries (GeoJSON, GeoPackage, Shapefile) with their source and map approval number</source>
        <translation>导入官方边界（GeoJSON、GeoPackage、Shapefile），并记录其来源和审图号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ComputeAtlas</source>
        <translation>关于 ComputeAtlas(&amp;A)</translation>
    </message>
</context>
<context>
    <name>atlas::ActualsImportDialog</name>
    <message>
        <location filename="../views/ops/actualsimportdialog.cpp" line="+46"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy chips</source>
        <translation>忙碌芯片数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU-hours</source>
        <translation>GPU 时</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ops/actualsimportdialog_run.cpp" line="+26"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/ops/actualsimportdialog.cpp" line="+75"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+71"/>
        <source>Import Actuals</source>
        <translation>导入实际值</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Pool utilization (CSV: time, centre, chip, utilization or busy chips)</source>
        <translation>算力池利用率（CSV：时间、智算中心、芯片、利用率或忙碌芯片数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant usage (CSV: tenant, GPU-hours, time or start and end)</source>
        <translation>租户用量（CSV：租户、GPU 时、时间或开始与结束时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slurm accounting (sacct --parsable2 export with GPU TRES)</source>
        <translation>Slurm 记账数据（含 GPU TRES 的 sacct --parsable2 导出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus server (GPU utilization metric)</source>
        <translation>Prometheus 服务器（GPU 利用率指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect (UTF-8, else GBK)</source>
        <translation>自动检测（UTF-8，否则 GBK）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster time zone:</source>
        <translation>集群时区：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utilization scale: detect</source>
        <translation>利用率格式：自动检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization as 0–1</source>
        <translation>利用率为 0–1 小数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization in percent</source>
        <translation>利用率为百分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Source</source>
        <translation>读取数据源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip for usage without a GPU type:</source>
        <translation>未注明 GPU 型号的用量计入芯片：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(none: leave them out, reported)</source>
        <translation>（无：略去并报告）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encoding: %1. Check the columns, then read the file.</source>
        <translation>编码：%1。请检查各列，然后读取文件。</translation>
    </message>
    <message>
        <location filename="../views/ops/actualsimportdialog_run.cpp" line="+15"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source could not be read; nothing was imported.</source>
        <translation>无法读取数据源；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read. Map the names below to the project, then import.</source>
        <translation>已读取。请将下列名称映射到项目中的对象，然后导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the source to map its names to the project&apos;s centres, chips and tenants.</source>
        <translation>读取数据源后，可将其中的名称映射到项目的智算中心、芯片和租户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every name is matched.</source>
        <translation>所有名称均已匹配。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unmatched names: %1. Their %2 rows will be left out and reported.</source>
        <translation>未匹配的名称：%1 个。其 %2 行数据将被略去并在报告中列出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmatched names: %1. Their data will be left out and reported.</source>
        <translation>未匹配的名称：%1 个。其数据将被略去并在报告中列出。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Left out: rows of unmatched names %1 (names: %2), rows outside the planning periods %3, duplicate rows %4.</source>
        <translation>略去：未匹配名称的行 %1 行（名称 %2 个），规划周期之外的行 %3 行，重复行 %4 行。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n value(s) as %1.</source>
        <translation>
            <numerusform>已导入 %n 个数值（导入 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::AlertsPanel</name>
    <message>
        <location filename="../views/ops/alertspanel.cpp" line="+157"/>
        <source>Idle: %1 / %2 used %3, below the %4 threshold</source>
        <translation>闲置：%1 / %2 利用率为 %3，低于阈值 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overloaded: %1 / %2 used %3, above the %4 threshold</source>
        <translation>过载：%1 / %2 利用率为 %3，高于阈值 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over plan: %1 used %2 PFLOPS, more than the %3 PFLOPS its plan allows</source>
        <translation>超出计划：%1 使用了 %2 PFLOPS，超过计划允许的 %3 PFLOPS</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overloaded</source>
        <translation>过载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over plan</source>
        <translation>超出计划</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (the worst of %n periods)</source>
        <translation>
            <numerusform>%1（%n 个周期中最严重的一个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No thresholds crossed.</source>
        <translation>未超出任何阈值。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Alerts: %n. One row per pool or tenant: click a row to select its centre or tenant, expand it for its periods.</source>
        <translation>
            <numerusform>告警：%n 条。每个算力池或租户一行：点击一行可选中其智算中心或租户，展开可查看各周期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle below:</source>
        <translation>低于此值为闲置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overloaded above:</source>
        <translation>高于此值为过载：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant over plan by more than:</source>
        <translation>租户超出计划的幅度大于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pool whose actual utilization is below this is reported idle</source>
        <translation>实际利用率低于此值的算力池报告为闲置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pool whose actual utilization is above this is reported overloaded</source>
        <translation>实际利用率高于此值的算力池报告为过载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant using more than its planned demand plus this margin is reported</source>
        <translation>用量超过计划需求加上此裕度的租户将被报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>atlas::BoundaryImportDialog</name>
    <message>
        <location filename="../views/map/boundaryimportdialog.cpp" line="+27"/>
        <source>W</source>
        <translation>西经</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>东经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>南纬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>北纬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1°%2</source>
        <translation>%2%1°</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+80"/>
        <source>Import Official Boundaries</source>
        <translation>导入官方边界</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GeoJSON, GeoPackage or Shapefile</source>
        <translation>GeoJSON、GeoPackage 或 Shapefile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Provincial boundaries</source>
        <translation>例如：省级行政区划边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Natural Resources standard map service</source>
        <translation>例如：自然资源部标准地图服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. GS(2024)0650号</source>
        <translation>例如：GS(2024)0650号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (.cpg file, else UTF-8 or GBK)</source>
        <translation>自动（优先按 .cpg 文件，否则为 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GBK (Chinese)</source>
        <translation>GBK（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How shapefile attribute text is encoded when no .cpg file says</source>
        <translation>没有 .cpg 文件说明时，Shapefile 属性文本所用的编码</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+75"/>
        <source>Choose a boundary file to see what it holds.</source>
        <translation>选择边界文件后可预览其内容。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map &amp;approval number (审图号):</source>
        <translation>审图号(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;encoding:</source>
        <translation>文本编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundaries are stored in the project with their source and approval number, which are shown on the map and in reports.</source>
        <translation>边界连同其来源和审图号一并保存在项目中，并在地图和报告中标注。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Boundary files (*.geojson *.json *.gpkg *.shp);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
        <translation>边界文件 (*.geojson *.json *.gpkg *.shp);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file cannot be imported.</source>
        <translation>无法导入该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n boundaries, %1 polygons, %2 points.</source>
        <translation>
            <numerusform>%n 个边界，%1 个多边形，%2 个点。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extent: %1 to %2, %3 to %4.</source>
        <translation>范围：%1 至 %2，%3 至 %4。</translation>
    </message>
</context>
<context>
    <name>atlas::ChartWidget</name>
    <message>
        <location filename="../views/charts/chartwidget.cpp" line="+26"/>
        <source>Run the scenario to see results</source>
        <translation>运行场景后即可查看结果</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Series…</source>
        <translation>选择数据系列…</translation>
    </message>
</context>
<context>
    <name>atlas::Charts</name>
    <message>
        <location filename="../views/charts/chartbuilders.cpp" line="+16"/>
        <location filename="../views/charts/chartplotbuild.cpp" line="+72"/>
        <source>Run the scenario to see results</source>
        <translation>运行场景后即可查看结果</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../views/charts/chartdata.cpp" line="+147"/>
        <location filename="../views/charts/opscharts.cpp" line="+61"/>
        <location line="+30"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>pool</source>
        <translation>算力池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Supply and demand</source>
        <translation>供需</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/charts/opscharts.cpp" line="+1"/>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <location filename="../views/charts/opscharts.cpp" line="+1"/>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Capacity</source>
        <translation>算力容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+139"/>
        <location filename="../views/charts/chartdata.cpp" line="-43"/>
        <source>Served</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location line="-182"/>
        <location filename="../views/charts/chartdata.cpp" line="+1"/>
        <source>Unserved</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utilization by %1</source>
        <translation>各%1利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/charts/chartdata.cpp" line="+1"/>
        <location filename="../views/charts/chartplotbuild.cpp" line="+341"/>
        <location filename="../views/charts/opscharts.cpp" line="-31"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to show: the results have no %1 in them</source>
        <translation>无可显示内容：结果中没有%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one or more %1 entries to compare their utilization</source>
        <translation>请选择一个或多个%1，以比较其利用率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Served demand by %1</source>
        <translation>各%1已满足需求</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No demand was served: check that tenants have demand and centres have chips</source>
        <translation>没有任何需求得到满足：请检查租户是否有需求、智算中心是否有芯片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utilization by centre and period</source>
        <translation>各智算中心各周期利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The results have no centres: add a centre with chips and run the scenario again</source>
        <translation>结果中没有智算中心：请添加配有芯片的智算中心，然后重新运行场景</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy and cost</source>
        <translation>能耗与电费</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location filename="../views/charts/chartdata.cpp" line="+1"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../views/charts/chartdata.cpp" line="+13"/>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location filename="../views/charts/chartdata.cpp" line="-12"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change against %1</source>
        <translation>相对 %1 的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change against the baseline</source>
        <translation>相对基准场景的变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios compared</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the largest scenario</source>
        <translation>占最大场景的比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run two or more scenarios to compare them</source>
        <translation>请运行两个或更多场景以进行比较</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (baseline 0)</source>
        <translation>%1（基准为 0）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Build versus use</source>
        <translation>建与用对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/charts/chartdata.cpp" line="+1"/>
        <source>Capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/charts/chartdata.cpp" line="+9"/>
        <source>PFLOPS·h</source>
        <translation>PFLOPS·h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run two or more scenarios to compare what they build with what they serve</source>
        <translation>请运行两个或更多场景，以比较各场景的新建投入与需求满足情况</translation>
    </message>
    <message>
        <location filename="../views/charts/chartdata.cpp" line="-68"/>
        <source>share, 0–1</source>
        <translation>占比，0–1</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> (label)</source>
        <translation> (标签)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/charts/chartplot.cpp" line="+156"/>
        <location line="+36"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location filename="../views/charts/chartplotbuild.cpp" line="-60"/>
        <source>Frontier</source>
        <translation>有效前沿</translation>
    </message>
    <message>
        <location filename="../views/charts/opscharts.cpp" line="-2"/>
        <source>Utilization: plan and actual</source>
        <translation>利用率：计划与实际</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No pool actuals in the horizon: import utilization to compare it with the plan</source>
        <translation>规划期内没有算力池实际值：导入利用率后即可与计划对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants: planned demand and actual use</source>
        <translation>租户：计划需求与实际用量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No tenant actuals in the horizon: import tenant usage to compare it with the plan</source>
        <translation>规划期内没有租户实际值：导入租户用量后即可与计划对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned demand</source>
        <translation>计划需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual use</source>
        <translation>实际用量</translation>
    </message>
</context>
<context>
    <name>atlas::CsvImportDialog</name>
    <message>
        <location filename="../views/document/csvimportdialog.cpp" line="+30"/>
        <location line="+30"/>
        <location line="+5"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The first row holds column names</source>
        <translation>首行为列名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the field each column fills:</source>
        <translation>选择每一列对应的字段：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(skip)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>将导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Import %n row(s) from CSV</source>
        <translation>
            <numerusform>从 CSV 导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::DashboardView</name>
    <message>
        <location filename="../views/document/dashboardview.cpp" line="+234"/>
        <location line="+212"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Run the scenario to see its dashboards.</source>
        <translation>运行场景后即可查看其看板。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ The results are stale: re-run the scenario.</source>
        <translation>⚠ 结果已过期：请重新运行场景。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The baseline has no results yet.</source>
        <translation>基准场景尚无结果。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed capacity, last period</source>
        <translation>末期装机算力</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity the scenario adds</source>
        <translation>场景新增算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak power of all centres</source>
        <translation>全部智算中心峰值功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres over their power limit</source>
        <translation>超出功率上限的智算中心</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Power use against each centre&apos;s limit</source>
        <translation>各智算中心用电功率与上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak power (MW)</source>
        <translation>峰值功率（MW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit (MW)</source>
        <translation>上限（MW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of limit</source>
        <translation>占上限比例</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served demand</source>
        <translation>已满足需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>PFLOPS·h</source>
        <translation>PFLOPS·h</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unserved demand</source>
        <translation>未满足需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stranded capacity</source>
        <translation>闲置算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-region share</source>
        <translation>跨区域调度占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tenants</source>
        <translation>租户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industries</source>
        <translation>行业数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants able to use several ecosystems</source>
        <translation>可使用多种生态的租户占比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demand served off its native ecosystem</source>
        <translation>跨生态满足的需求占比</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demand, first period (PFLOPS)</source>
        <translation>首期需求（PFLOPS）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenants by industry and workload</source>
        <translation>按行业和负载类型统计租户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ecosystems tenants can use</source>
        <translation>租户可使用的生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native for tenants</source>
        <translation>作为原生生态的租户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable by further tenants</source>
        <translation>另可使用的租户数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demand running off its native ecosystem</source>
        <translation>跨生态运行的需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off-native (PFLOPS)</source>
        <translation>跨生态（PFLOPS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of served</source>
        <translation>占已满足需求比例</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline:</source>
        <translation>基准场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build 建</source>
        <translation>建（新建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 用</source>
        <translation>用（调度使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystem 生态</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations 运营</source>
        <translation>运营</translation>
    </message>
</context>
<context>
    <name>atlas::Document</name>
    <message>
        <location filename="../views/document/document.cpp" line="+31"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>atlas::DocumentManager</name>
    <message>
        <location filename="../views/document/documentmanager.cpp" line="+117"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo not found</source>
        <translation>未找到演示项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo project is not installed.</source>
        <translation>未安装演示项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the demo</source>
        <translation>无法打开演示项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is read-only.</source>
        <translation>该文件为只读。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Opened with %n warning(s).</source>
        <translation>
            <numerusform>已打开，有 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot revert</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects (*.atlas *.yaml *.yml);;Project files (*.atlas);;Interchange YAML (*.yaml *.yml)</source>
        <translation>项目 (*.atlas *.yaml *.yml);;项目文件 (*.atlas);;交换文件 YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project files (*.atlas)</source>
        <translation>项目文件 (*.atlas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export interchange YAML</source>
        <translation>导出交换文件 YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interchange YAML (*.yaml *.yml)</source>
        <translation>交换文件 YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ComputeAtlas did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>ComputeAtlas 上次未正常关闭。%1 的未保存更改（%2）已保留。

是否恢复？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>atlas::EditorArea</name>
    <message>
        <location filename="../views/document/editorarea.cpp" line="+22"/>
        <source>%1: added %2</source>
        <translation>%1：新增%2</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
</context>
<context>
    <name>atlas::EntityTableEditor</name>
    <message>
        <location filename="../views/document/entitytableeditor.cpp" line="+103"/>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
</context>
<context>
    <name>atlas::KpiCard</name>
    <message>
        <location filename="../views/document/kpicard.cpp" line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no baseline</source>
        <translation>无基准场景</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1%2%)</source>
        <translation> (%1%2%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 vs baseline</source>
        <translation>较基准场景 %1</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <location filename="../views/document/mainwindow.cpp" line="+283"/>
        <source>ComputeAtlas</source>
        <translation>ComputeAtlas 算力图谱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2[*] — ComputeAtlas</source>
        <translation>%1 — %2[*] — ComputeAtlas 算力图谱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only: changes cannot be saved to this file. Use Save As to keep a copy.</source>
        <translation>只读：更改无法保存到此文件。请使用“另存为”保留副本。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::MapLayerPanel</name>
    <message>
        <location filename="../views/map/maplayerpanel.cpp" line="+44"/>
        <source>Land (basemap)</source>
        <translation>陆地（底图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country outlines (illustrative)</source>
        <translation>国界轮廓（示意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported boundaries</source>
        <translation>导入的边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>调度流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions (demand)</source>
        <translation>区域（需求）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre colour:</source>
        <translation>智算中心着色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystems, ring = utilization</source>
        <translation>生态，圆环 = 利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan vs actual (deviation)</source>
        <translation>计划与实际对比（偏差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan vs actual colours each centre by its actual minus planned utilization in the map&apos;s period, from the imported actuals</source>
        <translation>“计划与实际对比”按地图当前周期的实际利用率减去计划利用率，为各智算中心着色；数据来自导入的实际值</translation>
    </message>
</context>
<context>
    <name>atlas::MapPanel</name>
    <message>
        <location filename="../views/document/mappanel.cpp" line="+217"/>
        <location line="+167"/>
        <location line="+2"/>
        <source>Base project (no scenario)</source>
        <translation>基准项目（不含场景）</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Demand and capacity only: choose a scenario and run it to see flows.</source>
        <translation>仅显示需求和算力：请选择并运行一个场景以查看调度流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand and capacity only: run the scenario to see flows.</source>
        <translation>仅显示需求和算力：运行场景后即可查看调度流量。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Added centre %1: set its name, power and chips in the table.</source>
        <translation>已添加智算中心 %1：请在表格中设置其名称、功率上限和芯片。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported the map to %1.</source>
        <translation>已将地图导出到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show two scenarios side by side (e.g. build against use)</source>
        <translation>并排显示两个场景（例如“建”与“用”对比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario on the right</source>
        <translation>右侧显示的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the map&apos;s layers</source>
        <translation>显示或隐藏地图图层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the map as PNG or SVG</source>
        <translation>将地图导出为 PNG 或 SVG</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <location filename="../views/map/mapview.cpp" line="+328"/>
        <source>Add a compute centre here</source>
        <translation>在此处添加智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to data</source>
        <translation>缩放至全部数据</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Compute network map</source>
        <translation>算力网络地图</translation>
    </message>
</context>
<context>
    <name>atlas::NameMappingTable</name>
    <message>
        <location filename="../views/ops/namemappingtable.cpp" line="+14"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the source</source>
        <translation>数据源中的名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project entity</source>
        <translation>项目对象</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(unmatched: leave out)</source>
        <translation>（未匹配：略去）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unmatched: the rows of this name will be left out and reported</source>
        <translation>未匹配：该名称的行将被略去并报告</translation>
    </message>
</context>
<context>
    <name>atlas::OpsDashboard</name>
    <message>
        <location filename="../views/ops/opsdashboard.cpp" line="+182"/>
        <source>Run the scenario to compare its plan with the actuals</source>
        <translation>运行场景后即可将其计划与实际值对比</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a scenario and run it to compare its plan with the actuals.</source>
        <translation>请添加并运行一个场景，以便将其计划与实际值对比。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario “%1” has no results: run the scenario to compare.</source>
        <translation>场景“%1”尚无结果：运行该场景后即可对比。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The plan&apos;s results are stale: re-run the scenario.</source>
        <translation>⚠ 计划结果已过期：请重新运行场景。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No actuals yet: use Import Actuals… (pool utilization or tenant usage CSV, Slurm accounting, a Prometheus server).</source>
        <translation>尚无实际值：请使用“导入实际值…”（算力池利用率或租户用量 CSV、Slurm 记账数据、Prometheus 服务器）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+30"/>
        <location line="+6"/>
        <source>Planned utilization</source>
        <translation>计划利用率</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+1"/>
        <source>no plan results</source>
        <translation>无计划结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <location line="+5"/>
        <source>Actual utilization</source>
        <translation>实际利用率</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+48"/>
        <source>Tenants over plan</source>
        <translation>超出计划的租户</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+50"/>
        <source>Idle pools</source>
        <translation>闲置算力池</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>in %1</source>
        <translation>%1 期间</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, %n pool(s) with actuals</source>
        <translation>
            <numerusform>%1，%n 个算力池有实际值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points against the plan, %2</source>
        <translation>%2较计划 %1 个百分点</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>no pool actuals %1</source>
        <translation>%1无算力池实际值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>using more than planned + %1, %2</source>
        <translation>%2用量超出计划 %1 以上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below %1 utilization, %2</source>
        <translation>%2利用率低于 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pool (centre / chip)</source>
        <translation>算力池（智算中心 / 芯片）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Actuals…</source>
        <translation>导入实际值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Import</source>
        <translation>移除导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected import and every value it brought (undoable)</source>
        <translation>移除所选导入及其带入的全部数值（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported at (UTC)</source>
        <translation>导入时间（协调世界时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deviation by pool and period (actual − plan, utilization points)</source>
        <translation>各算力池分周期偏差（实际 − 计划，利用率百分点）</translation>
    </message>
</context>
<context>
    <name>atlas::PeriodSlider</name>
    <message>
        <location filename="../views/map/periodslider.cpp" line="+95"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play through the periods</source>
        <translation>逐周期播放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period shown on the map</source>
        <translation>地图上显示的周期</translation>
    </message>
</context>
<context>
    <name>atlas::ProblemsDock</name>
    <message>
        <location filename="../views/document/problemsdock.cpp" line="+29"/>
        <location line="+30"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <location line="+27"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation>问题（%1 个错误，%2 个警告）</translation>
    </message>
</context>
<context>
    <name>atlas::ProjectExplorer</name>
    <message>
        <location filename="../views/document/projectexplorer.cpp" line="+43"/>
        <location line="+22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unnamed project)</source>
        <translation>（未命名项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project settings: name, periods, parameters</source>
        <translation>项目设置：名称、周期、参数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added centres</source>
        <translation>新增智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added inventory</source>
        <translation>新增装机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added links</source>
        <translation>新增链路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed %1</source>
        <translation>计算于 %1</translation>
    </message>
</context>
<context>
    <name>atlas::PrometheusForm</name>
    <message>
        <location filename="../views/ops/prometheusform.cpp" line="+41"/>
        <source>Copy Rule</source>
        <translation>复制规则</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Values are percentages (0–100), as DCGM reports them</source>
        <translation>数值为百分数（0–100），与 DCGM 报告的一致</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies a recording rule for this metric and these labels (Prometheus 2 rules file) to the clipboard. Add it to the server&apos;s rule_files; backfill its history with promtool tsdb create-blocks-from rules.</source>
        <translation>将此指标和标签的记录规则（Prometheus 2 规则文件）复制到剪贴板。请将其加入服务器的 rule_files；历史数据可用 promtool tsdb create-blocks-from rules 回填。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A recording rule&apos;s hourly mean per centre and chip imports a year in seconds; the raw samples take minutes. The step must then be whole hours.</source>
        <translation>使用记录规则按中心和芯片预先计算的小时均值，一年的数据数秒即可导入；读取原始样本则需数分钟。此时步长须为整小时。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bearer token (instead of user and password)</source>
        <translation>访问令牌（可代替用户名和密码）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centre:</source>
        <translation>智算中心：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chip:</source>
        <translation>芯片：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials are used for this session only: they are never saved, neither in the settings nor in the project.</source>
        <translation>凭据仅在本次会话中使用：既不保存到设置中，也不保存到项目中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label matchers</source>
        <translation>标签匹配条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels for centre and chip</source>
        <translation>智算中心与芯片的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded metric</source>
        <translation>记录规则指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range (UTC)</source>
        <translation>时间范围（协调世界时）</translation>
    </message>
</context>
<context>
    <name>atlas::PropertiesDock</name>
    <message>
        <location filename="../views/document/propertiesdock.cpp" line="+80"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month (YYYY-MM)</source>
        <translation>起始月份（YYYY-MM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period length</source>
        <translation>周期长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access latency (ms)</source>
        <translation>接入时延（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer cost (/PFLOPS-h/ms)</source>
        <translation>传输成本（/PFLOPS-h/ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration cost (/PFLOPS-h)</source>
        <translation>迁移成本（/PFLOPS-h）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amortization (years)</source>
        <translation>折旧年限（年）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write the first month as YYYY-MM, e.g. 2026-01.</source>
        <translation>起始月份请写成 YYYY-MM 格式，例如 2026-01。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parameters must be numbers.</source>
        <translation>参数必须是数字。</translation>
    </message>
</context>
<context>
    <name>atlas::PropertyModel</name>
    <message>
        <location filename="../views/document/propertymodel.cpp" line="+83"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>atlas::ReportDialog</name>
    <message>
        <location filename="../views/document/reportdialog.cpp" line="+47"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres, tenants and chips</source>
        <translation>智算中心、租户与芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations: plan versus actual</source>
        <translation>运营：计划与实际对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: methods</source>
        <translation>附录：方法说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+159"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../views/document/reportdialog_export.cpp" line="+51"/>
        <source>Choose at least one scenario.</source>
        <translation>请至少选择一个场景。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>None of the chosen scenarios has current results: run them first.</source>
        <translation>所选场景均无最新结果：请先运行。</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Not yet run or stale: %1. They will be run before the export; the preview names them as missing.</source>
        <translation>尚未运行或结果已过期：%1。导出前将先运行这些场景；预览中将其列为缺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet run or stale: %1. The report names them as missing.</source>
        <translation>尚未运行或结果已过期：%1。报告中将其列为缺失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview does not show the latest choices.</source>
        <translation>预览尚未反映最新的选择。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../views/document/reportdialog.cpp" line="+92"/>
        <location filename="../views/document/reportdialog_export.cpp" line="+1"/>
        <location line="+69"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../views/document/reportdialog_export.cpp" line="-67"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The report was not exported: the run was cancelled.</source>
        <translation>报告未导出：运行已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not exported: %1</source>
        <translation>报告未导出：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Report exported to %1.</source>
        <translation>报告已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../views/document/reportdialog.cpp" line="+5"/>
        <source>The project has no actuals: import them first (File ▸ Import Actuals…)</source>
        <translation>项目尚无实际值：请先导入（文件 ▸ 导入实际值…）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map periods</source>
        <translation>地图周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基准场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run scenarios without current results first</source>
        <translation>先运行没有最新结果的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out and name them in the report</source>
        <translation>不纳入，并在报告中列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the cover and in the footer</source>
        <translation>显示在封面和页脚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh Preview</source>
        <translation>刷新预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Run</source>
        <translation>取消运行</translation>
    </message>
</context>
<context>
    <name>atlas::ResultsBrowser</name>
    <message>
        <location filename="../views/document/resultsbrowser.cpp" line="+120"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results yet: run this scenario.</source>
        <translation>尚无结果：请运行此场景。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored results cannot be read: run the scenario again.</source>
        <translation>无法读取已保存的结果：请重新运行场景。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>⚠ Stale: the project changed since these results were computed (%1).</source>
        <translation>⚠ 已过期：这些结果计算于 %1，此后项目已有改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed %1.</source>
        <translation>计算于 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pool (centre/chip)</source>
        <translation>算力池（智算中心/芯片）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Periods</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pools</source>
        <translation>算力池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystems</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workloads</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
</context>
<context>
    <name>atlas::RunDock</name>
    <message>
        <location filename="../views/document/rundock.cpp" line="+62"/>
        <location line="+6"/>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tick the scenarios to run.</source>
        <translation>请勾选要运行的场景。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No stale results.</source>
        <translation>没有已过期的结果。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the ticked scenarios in the background</source>
        <translation>在后台运行已勾选的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run stale</source>
        <translation>重新运行已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioManager</name>
    <message>
        <location filename="../views/document/scenariomanager.cpp" line="+61"/>
        <source>What scenario “%1” adds to the base project:</source>
        <translation>场景“%1”在基准项目上新增的内容：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a scenario to edit what it adds.</source>
        <translation>选择一个场景，编辑其新增内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scenario Manager</source>
        <translation>场景管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added centres</source>
        <translation>新增智算中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added inventory</source>
        <translation>新增装机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added links</source>
        <translation>新增链路</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioRunner</name>
    <message>
        <location filename="../views/document/scenariorunner.cpp" line="+70"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>atlas::SeriesPicker</name>
    <message>
        <location filename="../views/charts/seriespicker.cpp" line="+18"/>
        <source>Choose Series</source>
        <translation>选择数据系列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show All Listed</source>
        <translation>显示列表中的全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide All Listed</source>
        <translation>隐藏列表中的全部</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 of %2 shown</source>
        <translation>已显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>atlas::SettingsDialog</name>
    <message>
        <location filename="../views/document/settingsdialog.cpp" line="+58"/>
        <location line="+40"/>
        <source>Default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation (for reports)</source>
        <translation>单位（用于报告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents folder</source>
        <translation>文档文件夹</translation>
    </message>
</context>
<context>
    <name>atlas::cli</name>
    <message>
        <location filename="../app/cli/clireport.cpp" line="+45"/>
        <source>report needs --scenarios A,B,... and --out OUT.pdf</source>
        <translation>report 需要 --scenarios A,B,... 和 --out OUT.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown language &quot;%1&quot;; use en or zh_CN</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN</translation>
    </message>
</context>
<context>
    <name>atlas::proposals</name>
    <message>
        <location filename="../views/document/proposals.cpp" line="+64"/>
        <source>scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>centre %1 (in scenario %2)</source>
        <translation>智算中心 %1（属于场景 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Import proposal</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Interchange YAML (*.yaml *.yml)</source>
        <translation>交换文件 YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot import the proposal</source>
        <translation>无法导入方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal not imported.</source>
        <translation>未导入方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some ids clash</source>
        <translation>部分 ID 冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were not imported because the project already has them:
%1</source>
        <translation>以下内容在项目中已存在，因此未导入：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported scenarios: %1</source>
        <translation>已导入的场景：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no scenarios.</source>
        <translation>项目中没有场景。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Export proposal</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+24"/>
        <source>Capacity planning for regional AI compute networks</source>
        <translation>区域人工智能算力网络规划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .atlas project or a .yaml interchange file to open.</source>
        <translation>要打开的 .atlas 项目文件或 .yaml 交换文件。</translation>
    </message>
</context>
</TS>
