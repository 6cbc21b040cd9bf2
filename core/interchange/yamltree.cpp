#include "yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace atlas {

namespace {

const std::string &emptyText()
{
    static const std::string empty;
    return empty;
}

} // namespace

// Mirrors yaml-cpp's NodeBuilder: a node is registered under its anchor when it starts
// (an alias inside it may refer to it), and an alias is the anchored node itself.
class YamlTreeBuilder final : public YAML::EventHandler {
public:
    YamlTreeBuilder(std::vector<YamlTree::Data> &nodes, std::vector<std::uint32_t> &kids)
        : mNodes(nodes), mKids(kids)
    {
    }

    bool hasRoot = false;
    std::uint32_t root = 0;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add(push(mark, anchor, YamlTree::Type::Null, {}));
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        add(anchor < mAnchors.size() ? mAnchors[anchor] : push(YAML::Mark::null_mark(), 0, YamlTree::Type::Null, {}));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const std::uint32_t n = push(mark, anchor, YamlTree::Type::Scalar, tag);
        mNodes[n].scalar = value;
        add(n);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(push(mark, anchor, YamlTree::Type::Sequence, tag));
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(push(mark, anchor, YamlTree::Type::Map, tag));
    }
    void OnMapEnd() override { close(); }

private:
    std::uint32_t push(const YAML::Mark &mark, YAML::anchor_t anchor, YamlTree::Type type,
                       const std::string &tag)
    {
        const auto n = static_cast<std::uint32_t>(mNodes.size());
        mNodes.emplace_back();
        YamlTree::Data &d = mNodes.back();
        d.type = type;
        d.mark = mark;
        d.tag = tag;
        if (anchor) {
            if (mAnchors.size() <= anchor)
                mAnchors.resize(anchor + 1, n);
            mAnchors[anchor] = n;
        }
        return n;
    }

    /** A finished node becomes the root, or the next child of the open collection. */
    void add(std::uint32_t n)
    {
        if (mOpen.empty()) {
            if (!hasRoot) {
                hasRoot = true;
                root = n;
            }
            return;
        }
        mPending.push_back(n);
    }

    void open(std::uint32_t n)
    {
        if (mOpen.empty() && !hasRoot) {
            hasRoot = true;
            root = n;
        }
        mOpen.push_back({n, mPending.size()});
    }

    /** Children finish before their collection: they move to mKids side by side. */
    void close()
    {
        const Frame f = mOpen.back();
        mOpen.pop_back();
        YamlTree::Data &d = mNodes[f.node];
        d.first = static_cast<std::uint32_t>(mKids.size());
        d.count = static_cast<std::uint32_t>(mPending.size() - f.pendingStart);
        mKids.insert(mKids.end(), mPending.begin() + static_cast<std::ptrdiff_t>(f.pendingStart), mPending.end());
        mPending.resize(f.pendingStart);
        if (!mOpen.empty())
            mPending.push_back(f.node);
    }

    struct Frame {
        std::uint32_t node;
        std::size_t pendingStart;
    };

    std::vector<YamlTree::Data> &mNodes;
    std::vector<std::uint32_t> &mKids;
    std::vector<std::uint32_t> mAnchors;
    std::vector<Frame> mOpen;
    std::vector<std::uint32_t> mPending;
};

void YamlTree::load(YAML::Parser &parser)
{
    mNodes.clear();
    mKids.clear();
    YamlTreeBuilder builder(mNodes, mKids);
    parser.HandleNextDocument(builder);
    if (builder.hasRoot) {
        mRoot = builder.root;
    } else {
        mRoot = static_cast<std::uint32_t>(mNodes.size());
        mNodes.emplace_back();  // as YAML::Load's Node(): null, no mark
    }
}

bool YamlNode::isNull() const
{
    return mTree && mTree->mNodes[mIndex].type == YamlTree::Type::Null;
}

bool YamlNode::isScalar() const
{
    return mTree && mTree->mNodes[mIndex].type == YamlTree::Type::Scalar;
}

bool YamlNode::isMap() const
{
    return mTree && mTree->mNodes[mIndex].type == YamlTree::Type::Map;
}

bool YamlNode::isSequence() const
{
    return mTree && mTree->mNodes[mIndex].type == YamlTree::Type::Sequence;
}

const std::string &YamlNode::scalar() const
{
    return mTree ? mTree->mNodes[mIndex].scalar : emptyText();
}

const std::string &YamlNode::tag() const
{
    return mTree ? mTree->mNodes[mIndex].tag : emptyText();
}

YAML::Mark YamlNode::mark() const
{
    return mTree ? mTree->mNodes[mIndex].mark : YAML::Mark::null_mark();
}

YamlNode YamlNode::operator[](std::string_view key) const
{
    if (!isMap())
        return {};
    const YamlTree::Data &d = mTree->mNodes[mIndex];
    for (std::uint32_t i = 0; i + 1 < d.count; i += 2) {
        const YamlTree::Data &k = mTree->mNodes[mTree->mKids[d.first + i]];
        if (k.type == YamlTree::Type::Scalar && k.scalar == key)
            return YamlNode(mTree, mTree->mKids[d.first + i + 1]);
    }
    return {};
}

std::size_t YamlNode::size() const
{
    if (!mTree)
        return 0;
    const YamlTree::Data &d = mTree->mNodes[mIndex];
    return d.type == YamlTree::Type::Map ? d.count / 2 : d.type == YamlTree::Type::Sequence ? d.count : 0;
}

YamlNode YamlNode::item(std::size_t i) const
{
    return YamlNode(mTree, mTree->mKids[mTree->mNodes[mIndex].first + i]);
}

YamlNode YamlNode::key(std::size_t i) const
{
    return YamlNode(mTree, mTree->mKids[mTree->mNodes[mIndex].first + 2 * i]);
}

YamlNode YamlNode::value(std::size_t i) const
{
    return YamlNode(mTree, mTree->mKids[mTree->mNodes[mIndex].first + 2 * i + 1]);
}

} // namespace atlas
