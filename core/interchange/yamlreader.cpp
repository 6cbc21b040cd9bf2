#include "yaml.h"

#include "validate.h"
#include "yamlentities.h"
#include "yamlfields.h"
#include "yamltree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace atlas {

namespace {

constexpr const char *FormatId = "computeatlas/1";

template<typename T, typename Read>
void section(YamlFields &f, const YamlNode &root, std::string_view key, std::vector<T> &out, Read read)
{
    const auto nodes = f.list(root, "", key);
    out.reserve(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i)
        out.push_back(read(f, nodes[i], indexPath(std::string(key), i)));
}

void readProject(YamlFields &f, const YamlNode &root, Project &p)
{
    const auto project = f.child(root, "", "project", true);
    if (!project || !f.map(*project, "project", {"name", "currency", "periods"}))
        return;
    f.text(*project, "project", "name", p.name);
    f.text(*project, "project", "currency", p.currency, false);
    const auto periods = f.child(*project, "project", "periods", true);
    if (!periods || !f.map(*periods, "project.periods", {"start", "count", "length"}))
        return;
    std::optional<Month> start;
    f.month(*periods, "project.periods", "start", start, true);
    if (start)
        p.periods.start = *start;
    std::int64_t count = p.periods.count;
    const size_t before = f.problems().size();
    f.integer(*periods, "project.periods", "count", count);
    if (f.problems().size() == before) {
        if (count < INT_MIN || count > INT_MAX)
            f.add(error(Code::OutOfRange, "project.periods.count",
                        {"project.periods.count", std::to_string(count), "1", "1200"}));
        else
            p.periods.count = static_cast<int>(count);
    }
    if (const auto length = f.child(*periods, "project.periods", "length", true)) {
        std::string text;
        f.text(*periods, "project.periods", "length", text);
        if (length->isScalar()) {
            if (const auto v = parsePeriodLength(text))
                p.periods.length = *v;
            else
                f.add(error(Code::UnknownPeriodLength, "project.periods.length", {text}));
        }
    }
}

void readParameters(YamlFields &f, const YamlNode &root, Parameters &p)
{
    const auto node = f.child(root, "", "parameters", false);
    if (!node || !f.map(*node, "parameters",
                        {"access_latency_ms", "transfer_cost", "migration_cost", "amortization_years"}))
        return;
    f.number(*node, "parameters", "access_latency_ms", p.accessLatencyMs, false);
    f.number(*node, "parameters", "transfer_cost", p.transferCost, false);
    f.number(*node, "parameters", "migration_cost", p.migrationCost, false);
    f.number(*node, "parameters", "amortization_years", p.amortizationYears, false);
}

/** False when the text is not a computeatlas/1 file at all: nothing else is worth saying. */
bool readFormat(YamlFields &f, const YamlNode &root)
{
    if (!root.isMap()) {
        f.addAt(error(Code::UnknownFormat, "format", {std::string()}), root.mark());
        return false;
    }
    const YamlNode format = root["format"];
    if (format.isDefined() && format.isScalar() && format.scalar() == FormatId)
        return true;
    const std::string found = format.isDefined() && format.isScalar() ? format.scalar() : std::string();
    f.addAt(error(Code::UnknownFormat, "format", {found}),
            format.isDefined() ? format.mark() : root.mark());
    return false;
}

Project readRoot(YamlFields &f, const YamlNode &root)
{
    using namespace yamlentities;
    Project p;
    f.map(root, "", {"format", "project", "parameters", "regions", "centers", "chips",
                     "inventory", "links", "tenants", "scenarios"});
    readProject(f, root, p);
    readParameters(f, root, p.parameters);
    section(f, root, "regions", p.regions, &region);
    section(f, root, "centers", p.centers,
            [](YamlFields &y, const YamlNode &n, const std::string &path) { return center(y, n, path, false); });
    section(f, root, "chips", p.chips, &chip);
    section(f, root, "inventory", p.inventory, &inventory);
    section(f, root, "links", p.links, &link);
    section(f, root, "tenants", p.tenants, &tenant);
    section(f, root, "scenarios", p.scenarios, &scenario);
    return p;
}

/** The mark of the nearest recorded place: "tenants[3].demand.from", else "tenants[3].demand", ... */
void locate(Problem &problem, const std::unordered_map<std::string, YAML::Mark> &marks)
{
    std::string path = problem.path;
    for (;;) {
        const auto it = marks.find(path);
        if (it != marks.end() && it->second.line >= 0) {
            problem.line = it->second.line + 1;
            problem.column = it->second.column + 1;
            return;
        }
        if (path.empty())
            break;
        const size_t cut = path.back() == ']' ? path.rfind('[') : path.find_last_of(".[");
        path = cut == std::string::npos ? std::string() : path.substr(0, cut);
    }
    problem.line = 1;
    problem.column = 1;
}

Problem syntaxError(const YAML::Exception &e)
{
    Problem p = error(Code::YamlSyntax, "", {e.msg.empty() ? std::string(e.what()) : e.msg});
    p.line = e.mark.line >= 0 ? e.mark.line + 1 : 1;
    p.column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
    return p;
}

/** yaml-cpp counts columns in bytes; editors count characters: "名字: x" has x in column 5. */
void toCharacterColumns(std::vector<Problem> &problems, const std::string &text)
{
    std::vector<size_t> lineStarts{0};
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            lineStarts.push_back(i + 1);
    const bool bom = text.rfind("\xEF\xBB\xBF", 0) == 0;
    for (Problem &p : problems) {
        if (p.line < 1 || p.column < 1 || static_cast<size_t>(p.line) > lineStarts.size())
            continue;
        size_t begin = lineStarts[p.line - 1];
        if (p.line == 1 && bom)
            begin += 3;  // yaml-cpp does not count the byte order mark
        const size_t end = std::min(text.size(), begin + static_cast<size_t>(p.column - 1));
        int characters = 0;
        for (size_t i = begin; i < end; ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                ++characters;
        p.column = characters + 1;
    }
}

/** Notes where a document has content. */
class ContentProbe final : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> first;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &m, YAML::anchor_t) override { note(m); }
    void OnScalar(const YAML::Mark &m, const std::string &, YAML::anchor_t, const std::string &) override
    {
        note(m);
    }
    void OnSequenceStart(const YAML::Mark &m, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        note(m);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &m, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        note(m);
    }
    void OnMapEnd() override {}

private:
    void note(const YAML::Mark &m)
    {
        if (!first)
            first = m;
    }
};

/** Where a second document with content starts, `parser` being past the first. Asks
 *  for one more document only: YAML::LoadAll loops forever on stray tokens such as ",J"
 *  (found by fuzzing). */
std::optional<YAML::Mark> secondDocument(YAML::Parser &parser)
{
    ContentProbe second;
    if (!parser.HandleNextDocument(second))
        return std::nullopt;
    return second.first;
}

/** Byte offset of the first byte that is not part of well-formed UTF-8 (no overlong
 *  forms, surrogates or code points past U+10FFFF), or npos. */
size_t firstInvalidUtf8(const std::string &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c < 0x80)
            len = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else
            return i;
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; ++k) {
            const unsigned char b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return i;
        }
        i += len;
    }
    return std::string::npos;
}

Result<Project> finish(std::vector<Problem> problems, std::optional<Project> project,
                       const std::string &fileLabel)
{
    for (auto &p : problems)
        p.file = fileLabel;
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    Result<Project> result;
    if (!hasError(problems))
        result.value = std::move(project);
    result.problems = std::move(problems);
    return result;
}

} // namespace

Result<Project> parseYaml(const std::string &text, const std::string &fileLabel)
{
    // YAML is Unicode text; bytes that are not would not survive a round trip.
    if (const size_t bad = firstInvalidUtf8(text); bad != std::string::npos) {
        const size_t lineStart = text.rfind('\n', bad == 0 ? 0 : bad - 1);
        const bool firstLine = lineStart == std::string::npos || bad == 0;
        Problem p = error(Code::NotUtf8, "");
        p.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + bad, '\n'));
        p.column = 1 + static_cast<int>(bad - (firstLine ? 0 : lineStart + 1));
        if (p.line == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0)
            p.column -= 3;  // counted as yaml-cpp does, without the byte order mark
        std::vector<Problem> problems{p};
        toCharacterColumns(problems, text);
        return finish(std::move(problems), std::nullopt, fileLabel);
    }

    // One pass over the text: the first document as a tree, then a look for a second.
    YamlTree tree;
    std::optional<YAML::Mark> extra;
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        tree.load(parser);
        extra = secondDocument(parser);
    } catch (const YAML::Exception &e) {
        std::vector<Problem> problems{syntaxError(e)};
        if (dynamic_cast<const YAML::DeepRecursion *>(&e))  // its own message says only "bad file"
            problems[0].args = {"nesting deeper than " + std::to_string(static_cast<const YAML::DeepRecursion &>(e).depth() - 1) + " levels"};
        toCharacterColumns(problems, text);
        return finish(std::move(problems), std::nullopt, fileLabel);
    } catch (const std::exception &e) {
        Problem p = error(Code::YamlSyntax, "", {e.what()});
        p.line = p.column = 1;
        return finish({p}, std::nullopt, fileLabel);
    }

    YamlFields f;
    std::optional<Project> project;
    try {
        if (extra)
            f.addAt(error(Code::ExtraDocument, ""), *extra);
        const YamlNode root = tree.root();
        if (readFormat(f, root)) {
            f.remember("", root);
            project = readRoot(f, root);
        }
    } catch (const YAML::Exception &e) {
        // Not expected: the readers check node types before use. Kept as a last guard.
        f.add(syntaxError(e));
    }
    // Semantic checks only on a model that was read whole: a field that could not be
    // read would otherwise raise a second, misleading problem.
    if (project && !hasError(f.problems()))
        for (Problem &p : validate(*project))
            f.add(std::move(p));
    for (Problem &p : f.problems())
        if (p.line == 0)
            locate(p, f.marks());
    toCharacterColumns(f.problems(), text);
    return finish(std::move(f.problems()), std::move(project), fileLabel);
}

Result<Project> readYaml(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        Result<Project> r;
        r.problems.push_back(error(Code::FileNotFound, "", {path}));
        r.problems.back().file = path;
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (in)
        bytes << in.rdbuf();
    if (!in || in.bad() || std::filesystem::is_directory(path, ec)) {
        Result<Project> r;
        r.problems.push_back(error(Code::FileUnreadable, "", {path, std::strerror(errno ? errno : EIO)}));
        r.problems.back().file = path;
        return r;
    }
    return parseYaml(bytes.str(), path);
}

} // namespace atlas
