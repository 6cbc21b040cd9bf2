#pragma once

#include "model/model.h"
#include "model/problem.h"

#include "yamltree.h"

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace atlas {

// Reads typed fields out of document nodes (yamltree.h), collecting problems by model path
// ("centers[0].pue") and remembering where in the text each path was found, so that
// problems raised later (validate()) can be given a line and column too.
class YamlFields {
public:
    using Keys = std::initializer_list<std::string_view>;

    /** False (and WrongType) when `node` is not a map; warns about keys not in `keys`. */
    bool map(const YamlNode &node, const std::string &path, Keys keys);
    /** The value under `key`, or nullopt when absent or null (MissingField when required). */
    std::optional<YamlNode> child(const YamlNode &map, const std::string &path,
                                  std::string_view key, bool required);

    void text(const YamlNode &map, const std::string &path, std::string_view key,
              std::string &out, bool required = true);
    void number(const YamlNode &map, const std::string &path, std::string_view key,
                double &out, bool required = true);
    void number(const YamlNode &map, const std::string &path, std::string_view key,
                std::optional<double> &out);
    void integer(const YamlNode &map, const std::string &path, std::string_view key,
                 std::int64_t &out);
    void month(const YamlNode &map, const std::string &path, std::string_view key,
               std::optional<Month> &out, bool required = false);
    /** Items of a list (empty when absent or null); WrongType when not a list. */
    std::vector<YamlNode> list(const YamlNode &map, const std::string &path,
                               std::string_view key, bool required = false);
    /** A list of texts, e.g. ecosystems. */
    void texts(const YamlNode &map, const std::string &path, std::string_view key,
               std::vector<std::string> &out);
    /** A list of numbers, e.g. a demand series. */
    void numbers(const YamlNode &map, const std::string &path, std::string_view key,
                 std::vector<double> &out);

    /** A scalar read as a number (plain or !!float/!!int), reporting under `path`. */
    std::optional<double> numberValue(const YamlNode &node, const std::string &path);
    /** As numberValue, reporting under `path.key`. */
    std::optional<double> fieldNumber(const YamlNode &node, const std::string &path, std::string_view key);

    void add(Problem problem) { mProblems.push_back(std::move(problem)); }
    void addAt(Problem problem, const YAML::Mark &mark);
    void remember(const std::string &path, const YamlNode &node);

    std::vector<Problem> &problems() { return mProblems; }
    /** Path to mark, built on first use (only a problem without a place needs it). The
     *  first mark recorded for a path is the one kept. */
    const std::unordered_map<std::string, YAML::Mark> &marks();

private:
    /** A recorded place: `base`, `base.key` or `base[index]`, kept as parts until needed. */
    struct Place {
        enum class Kind : std::uint8_t { Whole, Key, Index } kind;
        std::uint32_t base;    ///< into mBases
        std::string_view key;  ///< text owned by the document tree
        std::size_t index;
        YAML::Mark mark;
    };
    std::uint32_t base(const std::string &path);
    void record(Place::Kind kind, std::uint32_t base, std::string_view key, std::size_t index,
                const YAML::Mark &mark);

    std::vector<Problem> mProblems;
    std::vector<std::string> mBases;
    std::vector<Place> mPlaces;
    std::unordered_map<std::string, YAML::Mark> mMarks;
    std::size_t mMarked = 0;  ///< places already in mMarks
};

/** "base.key" */
std::string joinPath(const std::string &base, std::string_view key);
/** "base[i]" */
std::string indexPath(const std::string &base, size_t i);

} // namespace atlas
