#include "yamlfields.h"

#include "yamlscalar.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace atlas {

namespace {

bool isPlainOrNumberTag(const YamlNode &node)
{
    const std::string &tag = node.tag();
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

std::uint32_t YamlFields::base(const std::string &path)
{
    if (mBases.empty() || mBases.back() != path)
        mBases.push_back(path);
    return static_cast<std::uint32_t>(mBases.size() - 1);
}

void YamlFields::record(Place::Kind kind, std::uint32_t base, std::string_view key, std::size_t index,
                        const YAML::Mark &mark)
{
    mPlaces.push_back(Place{kind, base, key, index, mark});
}

const std::unordered_map<std::string, YAML::Mark> &YamlFields::marks()
{
    for (; mMarked < mPlaces.size(); ++mMarked) {
        const Place &p = mPlaces[mMarked];
        const std::string &b = mBases[p.base];
        switch (p.kind) {
        case Place::Kind::Whole: mMarks.emplace(b, p.mark); break;
        case Place::Kind::Key: mMarks.emplace(joinPath(b, p.key), p.mark); break;
        case Place::Kind::Index: mMarks.emplace(indexPath(b, p.index), p.mark); break;
        }
    }
    return mMarks;
}

void YamlFields::remember(const std::string &path, const YamlNode &node)
{
    if (node.isDefined() && node.mark().line >= 0)
        record(Place::Kind::Whole, base(path), {}, 0, node.mark());
}

bool YamlFields::map(const YamlNode &node, const std::string &path, Keys keys)
{
    remember(path, node);
    if (!node.isMap()) {
        add(error(Code::WrongType, path, {path, "map"}));
        return false;
    }
    std::vector<std::string_view> seen;
    const std::uint32_t here = base(path);
    const size_t pairs = node.size();
    seen.reserve(pairs);
    for (size_t i = 0; i < pairs; ++i) {
        const YamlNode key = node.key(i);
        const YamlNode value = node.value(i);
        if (!key.isScalar()) {
            addAt(error(Code::WrongType, path, {path, "text"}), key.mark());
            continue;
        }
        const std::string &name = key.scalar();
        if (std::find(seen.begin(), seen.end(), std::string_view(name)) != seen.end()) {
            addAt(error(Code::DuplicateKey, joinPath(path, name), {name}), key.mark());
            continue;
        }
        seen.push_back(name);
        bool known = false;
        for (auto k : keys)
            known = known || k == name;
        if (!known) {
            addAt(warning(Code::UnknownKey, joinPath(path, name), {name}), key.mark());
            continue;
        }
        // A null value has no text of its own: point at its key instead.
        if (value.isNull() || value.mark().line < 0)
            record(Place::Kind::Key, here, name, 0, key.mark());
        else
            record(Place::Kind::Key, here, name, 0, value.mark());
    }
    return true;
}

std::optional<YamlNode> YamlFields::child(const YamlNode &map, const std::string &path,
                                          std::string_view key, bool required)
{
    const YamlNode value = map[key];
    if (!value.isDefined() || value.isNull()) {
        if (required) {
            const std::string field = joinPath(path, key);
            add(error(Code::MissingField, field, {field}));
        }
        return std::nullopt;
    }
    return value;
}

void YamlFields::text(const YamlNode &map, const std::string &path, std::string_view key,
                      std::string &out, bool required)
{
    const auto value = child(map, path, key, required);
    if (!value)
        return;
    if (!value->isScalar()) {
        const std::string field = joinPath(path, key);
        add(error(Code::WrongType, field, {field, "text"}));
        return;
    }
    out = value->scalar();
}

std::optional<double> YamlFields::numberValue(const YamlNode &node, const std::string &path)
{
    std::optional<double> v;
    if (node.isScalar() && isPlainOrNumberTag(node))
        v = yamlscalar::parseNumber(node.scalar());
    if (!v)
        add(error(Code::WrongType, path, {path, "number"}));
    return v;
}

/** As numberValue, naming `path.key` only when there is something to report. */
std::optional<double> YamlFields::fieldNumber(const YamlNode &node, const std::string &path,
                                              std::string_view key)
{
    if (node.isScalar() && isPlainOrNumberTag(node))
        if (const auto v = yamlscalar::parseNumber(node.scalar()))
            return v;
    return numberValue(node, joinPath(path, key));
}

void YamlFields::number(const YamlNode &map, const std::string &path, std::string_view key,
                        double &out, bool required)
{
    if (const auto value = child(map, path, key, required))
        if (const auto v = fieldNumber(*value, path, key))
            out = *v;
}

void YamlFields::number(const YamlNode &map, const std::string &path, std::string_view key,
                        std::optional<double> &out)
{
    if (const auto value = child(map, path, key, false))
        if (const auto v = fieldNumber(*value, path, key))
            out = *v;
}

void YamlFields::integer(const YamlNode &map, const std::string &path, std::string_view key,
                         std::int64_t &out)
{
    const auto value = child(map, path, key, true);
    if (!value)
        return;
    const std::string field = joinPath(path, key);
    const std::string text = value->isScalar() ? value->scalar() : std::string();
    if (value->isScalar() && isPlainOrNumberTag(*value) && isIntegerText(text)) {
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

void YamlFields::month(const YamlNode &map, const std::string &path, std::string_view key,
                       std::optional<Month> &out, bool required)
{
    const auto value = child(map, path, key, required);
    if (!value)
        return;
    if (!value->isScalar()) {
        const std::string field = joinPath(path, key);
        add(error(Code::WrongType, field, {field, "month"}));
        return;
    }
    out = parseMonth(value->scalar());
    if (!out) {
        const std::string field = joinPath(path, key);
        add(error(Code::BadMonth, field, {field, value->scalar()}));
    }
}

std::vector<YamlNode> YamlFields::list(const YamlNode &map, const std::string &path,
                                       std::string_view key, bool required)
{
    std::vector<YamlNode> items;
    const auto value = child(map, path, key, required);
    if (!value)
        return items;
    const std::string field = joinPath(path, key);
    if (!value->isSequence()) {
        add(error(Code::WrongType, field, {field, "list"}));
        return items;
    }
    const size_t n = value->size();
    items.reserve(n);
    const std::uint32_t here = base(field);
    for (size_t i = 0; i < n; ++i) {
        const YamlNode item = value->item(i);
        if (item.mark().line >= 0)
            record(Place::Kind::Index, here, {}, i, item.mark());
        items.push_back(item);
    }
    return items;
}

void YamlFields::texts(const YamlNode &map, const std::string &path, std::string_view key,
                       std::vector<std::string> &out)
{
    const auto items = list(map, path, key, true);
    const std::string field = joinPath(path, key);
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].isScalar())
            out.push_back(items[i].scalar());
        else
            add(error(Code::WrongType, indexPath(field, i), {indexPath(field, i), "text"}));
    }
}

void YamlFields::numbers(const YamlNode &map, const std::string &path, std::string_view key,
                         std::vector<double> &out)
{
    const auto items = list(map, path, key, true);
    const std::string field = joinPath(path, key);
    for (size_t i = 0; i < items.size(); ++i)
        if (const auto v = numberValue(items[i], indexPath(field, i)))
            out.push_back(*v);
}

} // namespace atlas
