#pragma once

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Parser;
}

namespace atlas {

// A compact, read-only document tree built from yaml-cpp's parser events in one pass:
// the same nodes, tags, marks and aliases YAML::Load gives, without its per-node shared
// pointers, and with the stream left where the first document ends (so the caller can
// look for a second one without parsing the text again).

class YamlTree;

class YamlNode {
public:
    YamlNode() = default;

    bool isDefined() const { return mTree != nullptr; }
    bool isNull() const;
    bool isScalar() const;
    bool isMap() const;
    bool isSequence() const;
    const std::string &scalar() const;
    const std::string &tag() const;
    YAML::Mark mark() const;

    /** The value of the first pair whose key is the scalar `key`; undefined when none. */
    YamlNode operator[](std::string_view key) const;
    /** Items of a sequence, pairs of a map, else 0. */
    std::size_t size() const;
    YamlNode item(std::size_t i) const;
    YamlNode key(std::size_t i) const;
    YamlNode value(std::size_t i) const;

private:
    friend class YamlTree;
    YamlNode(const YamlTree *tree, std::uint32_t index) : mTree(tree), mIndex(index) {}

    const YamlTree *mTree = nullptr;
    std::uint32_t mIndex = 0;
};

class YamlTree {
public:
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };

    /** Reads the first document of `parser` (a null root with no mark when there is
     *  none). Throws YAML::Exception as YAML::Load does. */
    void load(YAML::Parser &parser);

    YamlNode root() const { return YamlNode(this, mRoot); }

private:
    friend class YamlNode;
    friend class YamlTreeBuilder;

    struct Data {
        Type type = Type::Null;
        YAML::Mark mark = YAML::Mark::null_mark();
        std::uint32_t first = 0;  ///< into mKids: items, or key, value, key, value, ...
        std::uint32_t count = 0;  ///< entries in mKids
        std::string tag;
        std::string scalar;
    };

    std::vector<Data> mNodes;
    std::vector<std::uint32_t> mKids;
    std::uint32_t mRoot = 0;
};

} // namespace atlas
