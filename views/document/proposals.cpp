#include "proposals.h"

#include "interchange/yaml.h"
#include "problemtext.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

#include <set>

namespace atlas::proposals {
namespace {

// lupdate files the tr() calls of this namespace under "atlas::proposals": the same here.
QString tr(const char *text)
{
    return QCoreApplication::translate("atlas::proposals", text);
}

} // namespace

Status exportProposal(const Project &project, const std::vector<std::string> &scenarios, const std::string &path)
{
    Project proposal;
    proposal.name = project.name;
    proposal.currency = project.currency;
    proposal.periods = project.periods;
    proposal.parameters = project.parameters;
    proposal.regions = project.regions;
    proposal.centers = project.centers;
    proposal.chips = project.chips;
    for (const auto &id : scenarios)
        if (const Scenario *s = project.scenario(id))
            proposal.scenarios.push_back(*s);
    return saveYaml(proposal, path);
}

ImportReport importProposal(Document &doc, const std::string &path)
{
    ImportReport report;
    auto read = readYaml(path);
    if (!read) {
        QStringList lines;
        for (const auto &p : read.problems)
            if (p.severity == Severity::Error)
                lines << problemUiLine(p, QString::fromStdString(path));
        report.error = lines.join(QLatin1Char('\n'));
        return report;
    }
    const Project &target = doc.project();
    std::set<std::string> scenarioIds, centerIds;
    // Added centres are per scenario (two scenarios may add the same site); they clash
    // only with the base project's centres.
    for (const auto &s : target.scenarios)
        scenarioIds.insert(s.id);
    for (const auto &c : target.centers)
        centerIds.insert(c.id);
    std::vector<EntityValue> accepted;
    for (const auto &s : read->scenarios) {
        QStringList clashes;
        if (scenarioIds.count(s.id))
            clashes << tr("scenario %1").arg(QString::fromStdString(s.id));
        for (const auto &c : s.addCenters)
            if (centerIds.count(c.id))
                clashes << tr("centre %1 (in scenario %2)").arg(QString::fromStdString(c.id), QString::fromStdString(s.id));
        if (!clashes.isEmpty()) {
            report.clashes << clashes;
            continue;
        }
        scenarioIds.insert(s.id);
        accepted.push_back(s);
        report.added << QString::fromStdString(s.id);
    }
    if (accepted.empty())
        return report;
    const edit::Outcome outcome = edit::addEntities(doc, EntityList{EntityKind::Scenario, -1}, std::move(accepted),
                                                    tr("Import proposal"));
    if (!outcome) {
        report.error = outcome.reason;
        report.added.clear();
    }
    return report;
}

QString importWithDialog(Document &doc, QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import proposal"), QString(),
                                                      tr("Interchange YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return {};
    const ImportReport report = importProposal(doc, path.toStdString());
    if (!report.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot import the proposal"), report.error);
        return tr("Proposal not imported.");
    }
    if (!report.clashes.isEmpty())
        QMessageBox::information(parent, tr("Some ids clash"),
                                 tr("These were not imported because the project already has them:\n%1")
                                     .arg(report.clashes.join(QLatin1Char('\n'))));
    return tr("Imported scenarios: %1").arg(report.added.isEmpty() ? tr("none") : report.added.join(QStringLiteral(", ")));
}

QString exportWithDialog(Document &doc, QWidget *parent)
{
    QStringList ids;
    for (const auto &s : doc.project().scenarios)
        ids << QString::fromStdString(s.id);
    if (ids.isEmpty())
        return tr("The project has no scenarios.");
    bool ok = false;
    const QString id = QInputDialog::getItem(parent, tr("Export proposal"), tr("Scenario:"), ids, 0, false, &ok);
    if (!ok)
        return {};
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export proposal"), id + QStringLiteral(".yaml"),
                                                      tr("Interchange YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return {};
    Status status = exportProposal(doc.project(), {id.toStdString()}, path.toStdString());
    if (!status) {
        QMessageBox::warning(parent, tr("Cannot export"), problemMessage(status.problems.front()));
        return {};
    }
    return tr("Exported %1").arg(path);
}

} // namespace atlas::proposals
