#pragma once

#include "model/model.h"
#include "model/problem.h"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

// Reads typed fields out of yaml-cpp nodes, collecting problems by model path
// ("centers[0].pue") and remembering where in the text each path was found, so that
// problems raised later (validate()) can be given a line and column too.
class YamlFields {
public:
    using Keys = std::initializer_list<std::string_view>;

    /** False (and WrongType) when `node` is not a map; warns about keys not in `keys`. */
    bool map(const YAML::Node &node, const std::string &path, Keys keys);
    /** The value under `key`, or nullopt when absent or null (MissingField when required). */
    std::optional<YAML::Node> child(const YAML::Node &map, const std::string &path,
                                    std::string_view key, bool required);

    void text(const YAML::Node &map, const std::string &path, std::string_view key,
              std::string &out, bool required = true);
    void number(const YAML::Node &map, const std::string &path, std::string_view key,
                double &out, bool required = true);
    void number(const YAML::Node &map, const std::string &path, std::string_view key,
                std::optional<double> &out);
    void integer(const YAML::Node &map, const std::string &path, std::string_view key,
                 std::int64_t &out);
    void month(const YAML::Node &map, const std::string &path, std::string_view key,
               std::optional<Month> &out, bool required = false);
    /** Items of a list (empty when absent or null); WrongType when not a list. */
    std::vector<YAML::Node> list(const YAML::Node &map, const std::string &path,
                                 std::string_view key, bool required = false);
    /** A list of texts, e.g. ecosystems. */
    void texts(const YAML::Node &map, const std::string &path, std::string_view key,
               std::vector<std::string> &out);
    /** A list of numbers, e.g. a demand series. */
    void numbers(const YAML::Node &map, const std::string &path, std::string_view key,
                 std::vector<double> &out);

    /** A scalar read as a number (plain or !!float/!!int), reporting under `path`. */
    std::optional<double> numberValue(const YAML::Node &node, const std::string &path);

    void add(Problem problem) { mProblems.push_back(std::move(problem)); }
    void addAt(Problem problem, const YAML::Mark &mark);
    void remember(const std::string &path, const YAML::Node &node);

    std::vector<Problem> &problems() { return mProblems; }
    const std::map<std::string, YAML::Mark> &marks() const { return mMarks; }

private:
    std::vector<Problem> mProblems;
    std::map<std::string, YAML::Mark> mMarks;
};

/** "base.key" */
std::string joinPath(const std::string &base, std::string_view key);
/** "base[i]" */
std::string indexPath(const std::string &base, size_t i);

} // namespace atlas
