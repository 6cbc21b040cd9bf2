// report: the PDF the app would write.
#include "clisupport.h"
#include "document/settingskeys.h"

#include "engine/scheduler.h"
#include "language.h"
#include "problemtext.h"
#include "projectloader.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QSettings>

namespace atlas::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

/** Stored results whose inputs have not changed since they were computed, if any. */
std::optional<ScenarioResult> freshStored(const ProjectData &data, const std::string &scenario)
{
    const std::string fingerprint = inputFingerprint(data.project, scenario);
    for (const auto &r : data.results) {
        if (r.scenario != scenario || r.fingerprint != fingerprint)
            continue;
        if (auto parsed = resultFromJson(r.payload))
            return std::move(*parsed);
    }
    return std::nullopt;
}

} // namespace

int runReport(const Args &args)
{
    const QString synopsis = QStringLiteral("report FILE --scenarios A,B,... --out OUT.pdf [--lang en|zh_CN]");
    if (!expectPositional(args, 1, synopsis))
        return Usage;
    const QStringList ids = splitIds(args.value(QStringLiteral("--scenarios")));
    const QString out = args.value(QStringLiteral("--out"));
    if (ids.isEmpty() || out.isEmpty() || out == QStringLiteral("1")) {
        fail(tr("report needs --scenarios A,B,... and --out OUT.pdf"));
        return Usage;
    }
    QString language = args.value(QStringLiteral("--lang"));
    if (args.has(QStringLiteral("--lang")) && !availableLanguages().contains(language)) {
        fail(tr("unknown language \"%1\"; use en or zh_CN").arg(language));
        return Usage;
    }
    if (language.isEmpty())
        language = currentLanguage();  // the system's, as main() set it

    const QString path = args.positional.first();
    int exit = Ok;
    auto opened = load(path, exit);
    if (!opened)
        return exit;
    const ProjectData &data = opened->data;
    for (const QString &id : ids)
        if (!data.project.scenario(id.toStdString())) {
            fail(problemMessage(error(Code::UnknownScenario, {}, {id.toStdString()})));
            return Usage;
        }

    // Scenarios without fresh stored results are run first.
    std::vector<ScenarioResult> results;
    for (const QString &id : ids) {
        if (auto stored = freshStored(data, id.toStdString())) {
            results.push_back(std::move(*stored));
            continue;
        }
        RunOptions options;
        options.threads = args.value(QStringLiteral("--threads")).toInt();
        auto run = runScenario(data.project, id.toStdString(), options);
        if (!run) {
            printProblems(run.problems, QString());
            return Invalid;
        }
        results.push_back(std::move(*run));
    }

    ReportOptions options;
    options.scenarios = ids;
    options.baseline = ids.first();
    options.language = language;
    options.sourceFile = path;
    // The organisation and logo of the desktop app's settings (its settings dialog and
    // report dialog write them), so that both write the same cover and footer.
    QSettings settings(QStringLiteral("ComputeAtlas"), QStringLiteral("computeatlas"));
    options.organisation = settings.value(settingskeys::organisation).toString();
    options.logoPath = settings.value(settingskeys::reportLogo).toString();

    const Status written = ReportRenderer::render(data, results, options, out);
    if (!written) {
        for (const auto &p : written.problems)
            fail(problemMessage(p));
        return exitFor(written.problems);
    }
    return Ok;
}

} // namespace atlas::cli
