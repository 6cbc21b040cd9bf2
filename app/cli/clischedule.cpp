// schedule and compare: the commands that run the engine.
#include "clisupport.h"

#include "engine/scheduler.h"
#include "problemtext.h"
#include "projectloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

/** Translation context "Cli" (a class so that lupdate and the runtime agree on it). */
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace atlas::cli {
namespace {

QString num(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

QString percent(double v)
{
    return QString::number(v * 100.0, 'f', 1) + u'%';
}

/** Stored results of a scenario whose inputs have not changed since, if any. */
std::optional<ScenarioResult> storedFresh(const ProjectData &data, const std::string &scenario)
{
    const std::string fingerprint = inputFingerprint(data.project, scenario);
    for (const auto &r : data.results) {
        if (r.scenario != scenario || r.fingerprint != fingerprint)
            continue;
        auto parsed = resultFromJson(r.payload);
        if (parsed)
            return std::move(*parsed);
    }
    return std::nullopt;
}

void storeResult(ProjectData &data, const ScenarioResult &result)
{
    StoredResult stored;
    stored.scenario = result.scenario;
    stored.fingerprint = inputFingerprint(data.project, result.scenario);
    stored.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    stored.payload = resultToJson(result, data.project, true);
    for (auto &r : data.results)
        if (r.scenario == stored.scenario) {
            r = std::move(stored);
            return;
        }
    data.results.push_back(std::move(stored));
}

/** Runs a scenario, printing any problem; nullopt with `exit` set on failure. */
std::optional<ScenarioResult> run(const Project &project, const QString &scenario, const Args &args, int &exit)
{
    if (!project.scenario(scenario.toStdString())) {
        fail(problemMessage(error(Code::UnknownScenario, {}, {scenario.toStdString()})));
        exit = Usage;
        return std::nullopt;
    }
    RunOptions options;
    options.threads = args.value(QStringLiteral("--threads")).toInt();
    auto result = runScenario(project, scenario.toStdString(), options);
    if (!result) {
        printProblems(result.problems, QString());
        exit = Invalid;
        return std::nullopt;
    }
    exit = Ok;
    return std::move(*result);
}

void printSummary(QTextStream &out, const Project &project, const ScenarioResult &r)
{
    const Totals &t = r.totals;
    out << Cli::tr("scenario %1 (%2), %3 periods").arg(QString::fromStdString(r.scenario),
                                                  QString::fromStdString(toString(r.policy)))
               .arg(r.periods.size())
        << u'\n';
    out << Cli::tr("  demand    %1 PFLOPS-hours").arg(num(t.demandPflopsHours)) << u'\n';
    out << Cli::tr("  served    %1 PFLOPS-hours").arg(num(t.servedPflopsHours)) << u'\n';
    out << Cli::tr("  unserved  %1 PFLOPS-hours").arg(num(t.unservedPflopsHours)) << u'\n';
    out << Cli::tr("  utilization %1").arg(percent(t.utilization)) << u'\n';
    out << Cli::tr("  energy    %1 MWh, cost %2 %3").arg(num(t.energyMwh), num(t.energyCost),
                                                  QString::fromStdString(project.currency))
        << u'\n';
    out << Cli::tr("  objective %1 %2, capex %3 %2").arg(num(t.objective), QString::fromStdString(project.currency),
                                                   num(t.capex))
        << u'\n';
}

} // namespace

int runSchedule(const Args &args)
{
    if (!expectPositional(args, 1, QStringLiteral("schedule FILE --scenario ID [--json OUT|-] [--no-flows]"))
        || !args.has(QStringLiteral("--scenario"))) {
        if (!args.has(QStringLiteral("--scenario")) && args.positional.size() == 1)
            fail(Cli::tr("schedule needs --scenario ID"));
        return Usage;
    }
    const QString path = args.positional.first();
    const bool isAtlas = fileKind(path.toStdString()) == FileKind::Atlas;
    ProjectLock lock;
    if (isAtlas) {
        const Status locked = lock.acquire(path.toStdString());
        if (!locked) {
            printProblems(locked.problems, path);
            return Io;
        }
    }
    int exit = Ok;
    auto opened = load(path, exit);
    if (!opened)
        return exit;
    auto result = run(opened->data.project, args.value(QStringLiteral("--scenario")), args, exit);
    if (!result)
        return exit;

    const QString jsonOut = args.value(QStringLiteral("--json"));
    const bool jsonToStdout = jsonOut == QStringLiteral("-");
    // With the JSON on standard output, the summary goes to standard error.
    QTextStream summary(jsonToStdout ? stderr : stdout);
    printSummary(summary, opened->data.project, *result);
    summary.flush();

    if (isAtlas) {
        if (opened->readOnly) {
            fail(problemMessage(error(Code::ReadOnly, {}, {path.toStdString()})));
            return Io;
        }
        storeResult(opened->data, *result);
        const Status saved = saveProject(opened->data, path.toStdString());
        if (!saved) {
            printProblems(saved.problems, path);
            return Io;
        }
    }
    if (!jsonOut.isEmpty()) {
        const std::string json = resultToJson(*result, opened->data.project, !args.has(QStringLiteral("--no-flows")));
        if (jsonToStdout) {
            std::fwrite(json.data(), 1, json.size(), stdout);
            std::fputc('\n', stdout);
        } else {
            QSaveFile file(jsonOut);
            if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), qint64(json.size())) < 0
                || !file.commit()) {
                fail(problemMessage(error(Code::FileUnwritable, {}, {jsonOut.toStdString(),
                                                                     file.errorString().toStdString()})));
                return Io;
            }
        }
    }
    return Ok;
}

int runCompare(const Args &args)
{
    if (!expectPositional(args, 1, QStringLiteral("compare FILE --scenarios A,B,..."))
        || splitIds(args.value(QStringLiteral("--scenarios"))).isEmpty()) {
        if (args.positional.size() == 1)
            fail(Cli::tr("compare needs --scenarios A,B,..."));
        return Usage;
    }
    const QString path = args.positional.first();
    int exit = Ok;
    auto opened = load(path, exit);
    if (!opened)
        return exit;
    const QStringList ids = splitIds(args.value(QStringLiteral("--scenarios")));
    for (const QString &id : ids)
        if (!opened->data.project.scenario(id.toStdString())) {
            fail(problemMessage(error(Code::UnknownScenario, {}, {id.toStdString()})));
            return Usage;
        }
    std::vector<ScenarioResult> results;
    for (const QString &id : ids) {
        auto stored = storedFresh(opened->data, id.toStdString());
        if (stored) {
            results.push_back(std::move(*stored));
            continue;
        }
        auto r = run(opened->data.project, id, args, exit);
        if (!r)
            return exit;
        results.push_back(std::move(*r));
    }

    struct Row { QString label; std::function<QString(const Totals &)> value; };
    const std::vector<Row> rows = {
        {Cli::tr("demand (PFLOPS-h)"), [](const Totals &t) { return num(t.demandPflopsHours); }},
        {Cli::tr("served (PFLOPS-h)"), [](const Totals &t) { return num(t.servedPflopsHours); }},
        {Cli::tr("unserved (PFLOPS-h)"), [](const Totals &t) { return num(t.unservedPflopsHours); }},
        {Cli::tr("utilization"), [](const Totals &t) { return percent(t.utilization); }},
        {Cli::tr("energy (MWh)"), [](const Totals &t) { return num(t.energyMwh); }},
        {Cli::tr("energy cost"), [](const Totals &t) { return num(t.energyCost); }},
        {Cli::tr("objective"), [](const Totals &t) { return num(t.objective); }},
        {Cli::tr("capex"), [](const Totals &t) { return num(t.capex); }},
    };
    int labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, int(row.label.size()));
    std::vector<int> widths;
    for (size_t i = 0; i < results.size(); ++i) {
        int w = int(ids.at(int(i)).size());
        for (const auto &row : rows)
            w = std::max(w, int(row.value(results[i].totals).size()));
        widths.push_back(w);
    }
    QTextStream out(stdout);
    out << QString().leftJustified(labelWidth);
    for (size_t i = 0; i < results.size(); ++i)
        out << QStringLiteral("  ") << ids.at(int(i)).rightJustified(widths[i]);
    out << u'\n';
    for (const auto &row : rows) {
        out << row.label.leftJustified(labelWidth);
        for (size_t i = 0; i < results.size(); ++i)
            out << QStringLiteral("  ") << row.value(results[i].totals).rightJustified(widths[i]);
        out << u'\n';
    }
    return Ok;
}

} // namespace atlas::cli
