#include "yaml.h"

#include "validate.h"
#include "yamlentities.h"
#include "yamlfields.h"

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
void section(YamlFields &f, const YAML::Node &root, std::string_view key, std::vector<T> &out, Read read)
{
    const auto nodes = f.list(root, "", key);
    for (size_t i = 0; i < nodes.size(); ++i)
        out.push_back(read(f, nodes[i], indexPath(std::string(key), i)));
}

void readProject(YamlFields &f, const YAML::Node &root, Project &p)
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
        if (length->IsScalar()) {
            if (const auto v = parsePeriodLength(text))
                p.periods.length = *v;
            else
                f.add(error(Code::UnknownPeriodLength, "project.periods.length", {text}));
        }
    }
}

void readParameters(YamlFields &f, const YAML::Node &root, Parameters &p)
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
bool readFormat(YamlFields &f, const YAML::Node &root)
{
    if (!root.IsMap()) {
        f.addAt(error(Code::UnknownFormat, "format", {std::string()}), root.Mark());
        return false;
    }
    const YAML::Node format = root["format"];
    if (format.IsDefined() && format.IsScalar() && format.Scalar() == FormatId)
        return true;
    const std::string found = format.IsDefined() && format.IsScalar() ? format.Scalar() : std::string();
    f.addAt(error(Code::UnknownFormat, "format", {found}),
            format.IsDefined() ? format.Mark() : root.Mark());
    return false;
}

Project readRoot(YamlFields &f, const YAML::Node &root)
{
    using namespace yamlentities;
    Project p;
    f.map(root, "", {"format", "project", "parameters", "regions", "centers", "chips",
                     "inventory", "links", "tenants", "scenarios"});
    readProject(f, root, p);
    readParameters(f, root, p);
    section(f, root, "regions", p.regions, &region);
    section(f, root, "centers", p.centers,
            [](YamlFields &y, const YAML::Node &n, const std::string &path) { return center(y, n, path, false); });
    section(f, root, "chips", p.chips, &chip);
    section(f, root, "inventory", p.inventory, &inventory);
    section(f, root, "links", p.links, &link);
    section(f, root, "tenants", p.tenants, &tenant);
    section(f, root, "scenarios", p.scenarios, &scenario);
    return p;
}

/** The mark of the nearest recorded place: "tenants[3].demand.from", else "tenants[3].demand", ... */
void locate(Problem &problem, const std::map<std::string, YAML::Mark> &marks)
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
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text);
    } catch (const YAML::Exception &e) {
        return finish({syntaxError(e)}, std::nullopt, fileLabel);
    } catch (const std::exception &e) {
        Problem p = error(Code::YamlSyntax, "", {e.what()});
        p.line = p.column = 1;
        return finish({p}, std::nullopt, fileLabel);
    }

    YamlFields f;
    std::optional<Project> project;
    try {
        const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
        if (documents.size() > 1)
            f.addAt(error(Code::ExtraDocument, ""), documents[1].Mark());
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
