#include "actualsedits.h"

#include "problemtext.h"
#include "ops/actualsrules.h"
#include "ops/importmerge.h"

#include <QCoreApplication>

namespace atlas::edit {
namespace {

/** The translation context of the operations edits (undo texts, refusals). */
struct OpsEdit {
    Q_DECLARE_TR_FUNCTIONS(OpsEdit)
};

Outcome readOnly(const Document &doc)
{
    return Outcome{false, problemMessage(error(Code::ReadOnly, {}, {doc.filePath().toStdString()})), {}};
}

} // namespace

Outcome importActuals(Document &doc, ActualImport import, std::vector<PoolActual> pools,
                      std::vector<TenantActual> tenants, std::string *importId)
{
    if (doc.isReadOnly())
        return readOnly(doc);
    if (pools.empty() && tenants.empty())
        return Outcome{false, OpsEdit::tr("The import contains no values: nothing was changed."), {}};
    const int count = static_cast<int>(pools.size() + tenants.size());
    Actuals merged = mergeImport(doc.data().actuals, std::move(import), std::move(pools), std::move(tenants));
    if (importId)
        *importId = merged.imports.empty() ? std::string() : merged.imports.back().id;
    doc.undoStack()->push(new ChangeActuals(&doc, 0, std::move(merged),
                                            OpsEdit::tr("Import %n actual value(s)", nullptr, count)));
    return {};
}

Outcome removeActualImport(Document &doc, const std::string &importId)
{
    if (doc.isReadOnly())
        return readOnly(doc);
    Actuals after = removeImport(doc.data().actuals, importId);
    if (after == doc.data().actuals)
        return {};
    doc.undoStack()->push(new ChangeActuals(&doc, 0, std::move(after),
                                            OpsEdit::tr("Remove import %1").arg(QString::fromStdString(importId))));
    return {};
}

Outcome setAlertThresholds(Document &doc, const AlertThresholds &thresholds)
{
    if (doc.isReadOnly())
        return readOnly(doc);
    if (!thresholdsFault(thresholds).empty())
        return Outcome{false,
                       OpsEdit::tr("The thresholds must lie between 0 % and 100 %, the low one below the high one, "
                                   "and the tenant margin must not be negative."),
                       {}};
    if (thresholds == doc.data().actuals.thresholds)
        return {};
    Actuals after = doc.data().actuals;
    after.thresholds = thresholds;
    doc.undoStack()->push(new ChangeActuals(&doc, 0, std::move(after), OpsEdit::tr("Change alert thresholds")));
    return {};
}

} // namespace atlas::edit
