#include "engine/network.h"
#include "testutil.h"

#include <QTest>

using namespace atlas;

namespace {

Center center(const std::string &id, const std::string &region)
{
    Center c;
    c.id = id;
    c.region = region;
    return c;
}

/** A — B — C in a line of regions, centre a1 in A, b1 in B, island region Z. */
Project line()
{
    Project p;
    p.parameters.accessLatencyMs = 1.5;
    p.regions = {{"A", "", 0, 0}, {"B", "", 0, 0}, {"C", "", 0, 0}, {"Z", "", 0, 0}};
    p.centers = {center("a1", "A"), center("b1", "B")};
    p.links = {{"A", "B", 10, {}}, {"B", "C", 5, {}}};
    return p;
}

} // namespace

class TstNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latency_data();
    void latency();
    void explicitLinkReplacesAccessLink();
    void parallelLinksTakeTheShorter();
    void route();
    void unknownAndUnreachable();
};

void TstNetwork::latency_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("ms");
    QTest::newRow("self") << "A" << "A" << 0.0;
    QTest::newRow("direct link") << "A" << "B" << 10.0;
    QTest::newRow("undirected") << "B" << "A" << 10.0;
    QTest::newRow("two hops") << "A" << "C" << 15.0;
    QTest::newRow("implicit access link") << "A" << "a1" << 1.5;
    QTest::newRow("access link is undirected") << "a1" << "A" << 1.5;
    QTest::newRow("centre to far region") << "a1" << "C" << 16.5;
    QTest::newRow("centre to centre") << "a1" << "b1" << 13.0;
}

void TstNetwork::latency()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, ms);
    const Network net(line());
    const auto l = net.latency(from.toStdString(), to.toStdString());
    QVERIFY(l.has_value());
    QVERIFY(test::fuzzyEqual(*l, ms));
}

void TstNetwork::explicitLinkReplacesAccessLink()
{
    Project p = line();
    p.links.push_back({"a1", "A", 7, {}});  // explicit, either direction: no implicit 1.5 ms
    const Network net(p);
    QCOMPARE(*net.latency("A", "a1"), 7.0);
    // Other centres keep their implicit links.
    QCOMPARE(*net.latency("b1", "B"), 1.5);
    QCOMPARE(*net.latency("a1", "B"), 17.0);
    // An explicit link between a centre and ANOTHER region keeps the implicit one.
    Project q = line();
    q.links.push_back({"a1", "B", 2, {}});
    const Network net2(q);
    QCOMPARE(*net2.latency("A", "a1"), 1.5);
    QCOMPARE(*net2.latency("A", "B"), 3.5);  // A → a1 → B beats the 10 ms link
}

void TstNetwork::parallelLinksTakeTheShorter()
{
    Project p = line();
    p.links.push_back({"B", "A", 4, {}});
    const Network net(p);
    QCOMPARE(*net.latency("A", "C"), 9.0);
}

void TstNetwork::route()
{
    const Network net(line());
    const std::vector<std::string> expected{"a1", "A", "B", "C"};
    QCOMPARE(net.route("a1", "C"), expected);
    QCOMPARE(net.route("A", "A"), std::vector<std::string>{"A"});
    QVERIFY(net.route("A", "Z").empty());
}

void TstNetwork::unknownAndUnreachable()
{
    const Network net(line());
    QVERIFY(!net.latency("A", "Z").has_value());
    QVERIFY(!net.latency("A", "nowhere").has_value());
    QCOMPARE(net.nodeIndex("nowhere"), -1);
    QVERIFY(net.latency(net.nodeIndex("A"), net.nodeIndex("Z")) < 0);
    QVERIFY(net.latency(-1, 0) < 0);
    QCOMPARE(*net.latency("Z", "Z"), 0.0);
}

QTEST_GUILESS_MAIN(TstNetwork)
#include "tst_network.moc"
