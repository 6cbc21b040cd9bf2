#include "yamlfields.h"

#include "yamlscalar.h"

#include <charconv>
#include <cmath>
#include <set>

namespace atlas {

namespace {

bool isPlainOrNumberTag(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    return tag.empty() || tag == "?" || tag == "tag:yaml.org,2002:float"
        || tag == "tag:yaml.org,2002:int";
}

bool isIntegerText(std::string_view s)
{
    if (!s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

std::string joinPath(const std::string &base, std::string_view key)
{
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}

std::string indexPath(const std::string &base, size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

void YamlFields::addAt(Problem problem, const YAML::Mark &mark)
{
    if (mark.line >= 0 && mark.column >= 0) {
        problem.line = mark.line + 1;
        problem.column = mark.column + 1;
    }
    mProblems.push_back(std::move(problem));
}

void YamlFields::remember(const std::string &path, const YAML::Node &node)
{
    if (node.IsDefined() && node.Mark().line >= 0)
        mMarks.emplace(path, node.Mark());
}

bool YamlFields::map(const YAML::Node &node, const std::string &path, Keys keys)
{
    remember(path, node);
    if (!node.IsMap()) {
        add(error(Code::WrongType, path, {path, "map"}));
        return false;
    }
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        if (!key.IsScalar()) {
            addAt(error(Code::WrongType, path, {path, "text"}), key.Mark());
            continue;
        }
        const std::string &name = key.Scalar();
        const std::string field = joinPath(path, name);
        if (!seen.insert(name).second) {
            addAt(error(Code::DuplicateKey, field, {name}), key.Mark());
            continue;
        }
        bool known = false;
        for (auto k : keys)
            known = known || k == name;
        if (!known) {
            addAt(warning(Code::UnknownKey, field, {name}), key.Mark());
            continue;
        }
        // A null value has no text of its own: point at its key instead.
        if (value.IsNull() || value.Mark().line < 0)
            mMarks.emplace(field, key.Mark());
        else
            mMarks.emplace(field, value.Mark());
    }
    return true;
}

std::optional<YAML::Node> YamlFields::child(const YAML::Node &map, const std::string &path,
                                            std::string_view key, bool required)
{
    const std::string field = joinPath(path, key);
    const YAML::Node value = map[std::string(key)];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            add(error(Code::MissingField, field, {field}));
        return std::nullopt;
    }
    return value;
}

void YamlFields::text(const YAML::Node &map, const std::string &path, std::string_view key,
                      std::string &out, bool required)
{
    const auto value = child(map, path, key, required);
    if (!value)
        return;
    if (!value->IsScalar()) {
        const std::string field = joinPath(path, key);
        add(error(Code::WrongType, field, {field, "text"}));
        return;
    }
    out = value->Scalar();
}

std::optional<double> YamlFields::numberValue(const YAML::Node &node, const std::string &path)
{
    std::optional<double> v;
    if (node.IsScalar() && isPlainOrNumberTag(node))
        v = yamlscalar::parseNumber(node.Scalar());
    if (!v)
        add(error(Code::WrongType, path, {path, "number"}));
    return v;
}

void YamlFields::number(const YAML::Node &map, const std::string &path, std::string_view key,
                        double &out, bool required)
{
    if (const auto value = child(map, path, key, required))
        if (const auto v = numberValue(*value, joinPath(path, key)))
            out = *v;
}

void YamlFields::number(const YAML::Node &map, const std::string &path, std::string_view key,
                        std::optional<double> &out)
{
    if (const auto value = child(map, path, key, false))
        if (const auto v = numberValue(*value, joinPath(path, key)))
            out = *v;
}

void YamlFields::integer(const YAML::Node &map, const std::string &path, std::string_view key,
                         std::int64_t &out)
{
    const auto value = child(map, path, key, true);
    if (!value)
        return;
    const std::string field = joinPath(path, key);
    const std::string text = value->IsScalar() ? value->Scalar() : std::string();
    if (value->IsScalar() && isPlainOrNumberTag(*value) && isIntegerText(text)) {
        std::string_view digits = text;
        if (digits.front() == '+')
            digits.remove_prefix(1);
        const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), out);
        if (r.ec != std::errc())
            add(error(Code::OutOfRange, field,
                      {field, text, "-9223372036854775808", "9223372036854775807"}));
        return;
    }
    const auto v = numberValue(*value, field);
    if (!v)
        return;
    // 4096.0 or 4.096e3 name an integer too; 4096.5 does not.
    if (!std::isfinite(*v))
        add(error(Code::NotFinite, field, {field}));
    else if (*v != std::trunc(*v) || std::abs(*v) > 9007199254740992.0)
        add(error(Code::NotInteger, field, {field, text}));
    else
        out = static_cast<std::int64_t>(*v);
}

void YamlFields::month(const YAML::Node &map, const std::string &path, std::string_view key,
                       std::optional<Month> &out, bool required)
{
    const auto value = child(map, path, key, required);
    if (!value)
        return;
    const std::string field = joinPath(path, key);
    if (!value->IsScalar()) {
        add(error(Code::WrongType, field, {field, "month"}));
        return;
    }
    out = parseMonth(value->Scalar());
    if (!out)
        add(error(Code::BadMonth, field, {field, value->Scalar()}));
}

std::vector<YAML::Node> YamlFields::list(const YAML::Node &map, const std::string &path,
                                         std::string_view key, bool required)
{
    std::vector<YAML::Node> items;
    const auto value = child(map, path, key, required);
    if (!value)
        return items;
    const std::string field = joinPath(path, key);
    if (!value->IsSequence()) {
        add(error(Code::WrongType, field, {field, "list"}));
        return items;
    }
    for (auto it = value->begin(); it != value->end(); ++it) {
        remember(indexPath(field, items.size()), *it);
        items.push_back(*it);
    }
    return items;
}

void YamlFields::texts(const YAML::Node &map, const std::string &path, std::string_view key,
                       std::vector<std::string> &out)
{
    const auto items = list(map, path, key, true);
    const std::string field = joinPath(path, key);
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].IsScalar())
            out.push_back(items[i].Scalar());
        else
            add(error(Code::WrongType, indexPath(field, i), {indexPath(field, i), "text"}));
    }
}

void YamlFields::numbers(const YAML::Node &map, const std::string &path, std::string_view key,
                         std::vector<double> &out)
{
    const auto items = list(map, path, key, true);
    const std::string field = joinPath(path, key);
    for (size_t i = 0; i < items.size(); ++i)
        if (const auto v = numberValue(items[i], indexPath(field, i)))
            out.push_back(*v);
}

} // namespace atlas
