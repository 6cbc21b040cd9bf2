#include "problemtext.h"

#include <QCoreApplication>

/** Translation context "Problems" (a class so that lupdate and the runtime agree on it). */
struct Problems {
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

namespace atlas {
namespace {

QString arg(const Problem &p, size_t i)
{
    return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString();
}

QString kindName(const QString &kind)
{
    if (kind == u"region") return Problems::tr("region");
    if (kind == u"center") return Problems::tr("centre");
    if (kind == u"chip") return Problems::tr("chip");
    if (kind == u"tenant") return Problems::tr("tenant");
    if (kind == u"scenario") return Problems::tr("scenario");
    if (kind == u"node") return Problems::tr("region or centre");
    if (kind == u"link") return Problems::tr("link");
    if (kind == u"inventory") return Problems::tr("inventory entry");
    return kind;
}

QString typeName(const QString &type)
{
    if (type == u"number") return Problems::tr("a number");
    if (type == u"text") return Problems::tr("text");
    if (type == u"list") return Problems::tr("a list");
    if (type == u"map") return Problems::tr("a mapping (key: value entries)");
    if (type == u"month") return Problems::tr("a month written YYYY-MM");
    if (type == u"integer") return Problems::tr("a whole number");
    if (type == u"boolean") return Problems::tr("true or false");
    return type;
}

QString roleName(const QString &role)
{
    if (role == u"time") return Problems::tr("time");
    if (role == u"start") return Problems::tr("start time");
    if (role == u"end") return Problems::tr("end time");
    if (role == u"center") return Problems::tr("centre");
    if (role == u"chip") return Problems::tr("chip");
    if (role == u"tenant") return Problems::tr("tenant");
    if (role == u"value") return Problems::tr("value (utilization, busy chips or GPU-hours)");
    return role;  // sacct field names (JobID, Account, Start, End, AllocTRES) stay as sacct prints them
}

/** The importer's reason keys for a server that cannot be reached (prometheusimporter.cpp);
 *  any other text is the network library's own and shown as it is. */
QString networkReason(const QString &reason)
{
    if (reason == u"connection-refused") return Problems::tr("the connection was refused");
    if (reason == u"host-not-found") return Problems::tr("the host name was not found");
    if (reason == u"connection-closed") return Problems::tr("the server closed the connection");
    if (reason == u"tls") return Problems::tr("the secure (TLS) connection failed");
    if (reason == u"proxy") return Problems::tr("the proxy failed or refused the connection");
    if (reason == u"network") return Problems::tr("the network is not available");
    return reason;
}

} // namespace

QString problemMessage(const Problem &p)
{
    const auto a = [&](size_t i) { return arg(p, i); };
    switch (p.code) {
    case Code::FileNotFound: return Problems::tr("the file %1 does not exist").arg(a(0));
    case Code::FileUnreadable: return Problems::tr("the file %1 cannot be read: %2").arg(a(0), a(1));
    case Code::FileUnwritable: return Problems::tr("the file %1 cannot be written: %2").arg(a(0), a(1));
    case Code::FileExists: return Problems::tr("%1 already exists; use --force to overwrite it").arg(a(0));
    case Code::UnknownFileType:
        return Problems::tr("%1 is neither an interchange file (.yaml, .yml) nor a project file (.atlas)").arg(a(0));
    case Code::YamlSyntax: return Problems::tr("this is not valid YAML: %1").arg(a(0));
    case Code::UnknownFormat:
        return a(0).isEmpty() ? Problems::tr("the file does not say `format: computeatlas/1`; it is not a ComputeAtlas interchange file")
                              : Problems::tr("unknown format \"%1\"; this version reads computeatlas/1").arg(a(0));
    case Code::MissingField: return Problems::tr("the required field \"%1\" is missing").arg(a(0));
    case Code::WrongType: return Problems::tr("\"%1\" must be %2").arg(a(0), typeName(a(1)));
    case Code::UnknownKey: return Problems::tr("unknown key \"%1\" is ignored (a typo?)").arg(a(0));
    case Code::UnknownReference:
        return Problems::tr("\"%1\" refers to %2 \"%3\", which does not exist").arg(a(0), kindName(a(1)), a(2));
    case Code::DuplicateId: return Problems::tr("the %1 id \"%2\" is used more than once").arg(kindName(a(0)), a(1));
    case Code::NegativeNumber: return Problems::tr("\"%1\" must not be negative (it is %2)").arg(a(0), a(1));
    case Code::NotFinite: return Problems::tr("\"%1\" must be a finite number").arg(a(0));
    case Code::NotInteger: return Problems::tr("\"%1\" must be a whole number (it is %2)").arg(a(0), a(1));
    case Code::PueBelowOne: return Problems::tr("a PUE of %1 is impossible: PUE is at least 1").arg(a(0));
    case Code::OutOfRange: return Problems::tr("\"%1\" is %2 but must lie between %3 and %4").arg(a(0), a(1), a(2), a(3));
    case Code::SeriesLength:
        return Problems::tr("the demand series has %1 values but the project has %2 periods").arg(a(0), a(1));
    case Code::BadMonth: return Problems::tr("\"%1\" must be a month written YYYY-MM, not \"%2\"").arg(a(0), a(1));
    case Code::DemandFromOutsideHorizon:
        return Problems::tr("demand starts in %1, outside the planning horizon %2 to %3").arg(a(0), a(1), a(2));
    case Code::UntilBeforeFrom: return Problems::tr("\"until\" (%1) is before \"from\" (%2)").arg(a(0), a(1));
    case Code::UnknownPolicy:
        return Problems::tr("unknown policy \"%1\"; use optimal, local or nearest").arg(a(0));
    case Code::UnknownWorkload:
        return Problems::tr("unknown workload \"%1\"; use training, inference, finetune, hpc or video").arg(a(0));
    case Code::UnknownPeriodLength:
        return Problems::tr("unknown period length \"%1\"; use month, quarter or year").arg(a(0));
    case Code::EmptyList: return Problems::tr("\"%1\" must list at least one entry").arg(a(0));
    case Code::SelfLink: return Problems::tr("a link joins %1 to itself").arg(a(0));
    case Code::EmptyId: return Problems::tr("\"%1\" must not be empty").arg(a(0));
    case Code::PowerLimitExceeded:
        return Problems::tr("centre %1 needs %2 MW at full load but its power limit is %3 MW").arg(a(0), a(1), a(2));
    case Code::NotSqlite: return Problems::tr("%1 is not a ComputeAtlas project file (not an SQLite database)").arg(a(0));
    case Code::NotAProject:
        return Problems::tr("%1 is an SQLite database but not a ComputeAtlas project").arg(a(0));
    case Code::NewerSchema:
        return Problems::tr("%1 was written by a newer ComputeAtlas (file version %2, this version reads up to %3); "
                  "update ComputeAtlas to open it").arg(a(0), a(1), a(2));
    case Code::Damaged: return Problems::tr("%1 is damaged and cannot be opened safely: %2").arg(a(0), a(1));
    case Code::ForeignSchemaObject:
        return Problems::tr("%1 contains a %2 \"%3\" that ComputeAtlas did not create; it is refused for safety")
            .arg(a(0), a(1), a(2));
    case Code::LockedByOther: return Problems::tr("%1 is open in another ComputeAtlas (%2)").arg(a(0), a(1));
    case Code::SaveFailed: return Problems::tr("%1 could not be saved: %2; the file on disk is unchanged").arg(a(0), a(1));
    case Code::ReadOnly: return Problems::tr("%1 is open read-only").arg(a(0));
    case Code::DatabaseError: return Problems::tr("%1: database error: %2").arg(a(0), a(1));
    case Code::DuplicateKey: return Problems::tr("the key \"%1\" appears twice in the same entry").arg(a(0));
    case Code::NotPositive: return Problems::tr("\"%1\" must be greater than 0 (it is %2)").arg(a(0), a(1));
    case Code::UnknownEcosystem:
        return Problems::tr("\"%1\" names the ecosystem \"%2\", which no chip in the project has").arg(a(0), a(1));
    case Code::ExtraDocument: return Problems::tr("the file holds more than one YAML document; only one project per file");
    case Code::NotUtf8: return Problems::tr("the text is not valid UTF-8; save the file as UTF-8");
    case Code::UnknownScenario: return Problems::tr("there is no scenario \"%1\"").arg(a(0));
    case Code::Cancelled: return Problems::tr("cancelled: nothing was changed, earlier results and data are kept");
    case Code::ResultUnreadable: return Problems::tr("the stored results cannot be read (%1); run the scenario again").arg(a(0));
    case Code::BoundaryUnknownType:
        return Problems::tr("%1 is not a boundary file this version reads (GeoJSON .geojson/.json, GeoPackage .gpkg, "
                            "ESRI Shapefile .shp)").arg(a(0));
    case Code::BoundaryMalformed: return Problems::tr("%1 cannot be read as boundaries: %2").arg(a(0), a(1));
    case Code::NotAGeoPackage: return Problems::tr("%1 is not a GeoPackage").arg(a(0));
    case Code::BoundaryProjected:
        return Problems::tr("%1 looks like projected coordinates (%2), not degrees; reproject it to WGS 84 "
                            "longitude/latitude degrees and import it again").arg(a(0), a(1));
    case Code::BoundaryEmpty: return Problems::tr("%1 holds no polygon boundaries").arg(a(0));
    case Code::BoundaryUnsupportedGeometry:
        return Problems::tr("%1 holds %2 geometries; only polygons and multipolygons can be imported as boundaries")
            .arg(a(0), a(1));
    case Code::BoundaryTooLarge:
        return Problems::tr("%1 is too large to import (%2 MB; the limit is %3 MB); simplify the boundaries first")
            .arg(a(0), a(1), a(2));
    case Code::BoundaryTooManyVertices:
        return Problems::tr("%1 has more than %2 points; simplify the boundaries first").arg(a(0), a(1));
    case Code::BoundaryEncoding:
        return Problems::tr("the names in %1 are not valid %2 text; choose the encoding the file was written in "
                            "(often GBK for Chinese shapefiles)").arg(a(0), a(1));
    case Code::OpsActualRowsSkipped:
        return Problems::tr("%1: %4 stored actuals rows of \"%2\" were left out because their \"%3\" is missing or "
                            "out of range; saving keeps only the rows that were read").arg(a(0), a(1), a(2), a(3));
    case Code::OpsThresholdsReset:
        return Problems::tr("%1: the stored alert threshold \"%2\" is missing or out of range; the default is used")
            .arg(a(0), a(1));
    case Code::OpsEncoding:
        return Problems::tr("%1 is not valid %2 text; choose the encoding the file was written in (UTF-8 or GBK)")
            .arg(a(0), a(1));
    case Code::OpsNoHeader: return Problems::tr("%1 is empty: it has no header line").arg(a(0));
    case Code::OpsNoRows: return Problems::tr("%1 has a header but no data rows").arg(a(0));
    case Code::OpsMissingColumn: return Problems::tr("no column is chosen for the %1").arg(roleName(a(0)));
    case Code::OpsShortRow: return Problems::tr("the row ends before the column \"%1\"").arg(a(0));
    case Code::OpsEmptyValue: return Problems::tr("the column \"%1\" is empty in this row").arg(a(0));
    case Code::OpsBadTime:
        return Problems::tr("\"%2\" in the column \"%1\" is not a time (use ISO 8601 such as 2026-03-01T08:00:00Z, "
                            "or Unix seconds)").arg(a(0), a(1));
    case Code::OpsBadNumber: return Problems::tr("\"%2\" in the column \"%1\" is not a number").arg(a(0), a(1));
    case Code::OpsValueOutOfRange:
        return a(3).isEmpty()
            ? Problems::tr("%2 in the column \"%1\" is below the smallest allowed value %3").arg(a(0), a(1), a(2))
            : Problems::tr("%2 in the column \"%1\" is outside the allowed range %3 to %4").arg(a(0), a(1), a(2), a(3));
    case Code::OpsEndBeforeStart: return Problems::tr("the end %2 is before the start %1").arg(a(0), a(1));
    case Code::OpsUnterminatedQuote: return Problems::tr("a quoted field is never closed");
    case Code::OpsConflictingRows:
        return Problems::tr("lines %1 and %2 give different values for the same time and pool (or job); "
                            "correct one of them").arg(a(0), a(1));
    case Code::OpsBadTres:
        return Problems::tr("\"%2\" in the column \"%1\" is not a GPU entry of the form gres/gpu=N or gres/gpu:TYPE=N")
            .arg(a(0), a(1));
    case Code::OpsRunningJobs:
        return Problems::tr("%1 jobs have not ended (for example %2) and were left out; import them after they end")
            .arg(a(0), a(1));
    case Code::OpsUnmatchedName:
        return Problems::tr("the %1 \"%2\" matches nothing in the project; its %3 rows were left out")
            .arg(kindName(a(0)), a(1), a(2));
    case Code::OpsOutsideHorizon:
        return Problems::tr("%1 rows fall outside the planning periods and were left out").arg(a(0));
    case Code::OpsDuplicateRows: return Problems::tr("%1 duplicate rows were counted once").arg(a(0));
    case Code::OpsMergedSamples:
        return Problems::tr("on %1 occasions a pool had different values at the same time (two names mapped to "
                            "it); they were averaged").arg(a(0));
    case Code::OpsNoChipsInService:
        return Problems::tr("%3 busy-chip samples of %1 / %2 fall where the project has no such chips in service; "
                            "they were left out").arg(a(0), a(1), a(2));
    case Code::OpsNoChip:
        return Problems::tr("%1 usage rows name no chip and no default chip was chosen; they were left out").arg(a(0));
    case Code::OpsStepAssumed:
        return Problems::tr("the samples are too sparse to tell their interval; each was taken to cover %1 seconds")
            .arg(a(0));
    case Code::OpsAboveFullUse:
        return Problems::tr("%1 samples showed more busy chips than are in service; they were counted as 100 %")
            .arg(a(0));
    case Code::PrometheusBadSetting: return Problems::tr("the setting \"%1\" is not valid: %2").arg(a(0), a(1));
    case Code::PrometheusUnreachable: {
        // a(2), when present, is the network library's own detail (a certificate's fault).
        QString reason = networkReason(a(1));
        if (!a(2).isEmpty())
            reason += QStringLiteral(" (") + a(2) + QLatin1Char(')');
        return Problems::tr("the Prometheus server %1 cannot be reached: %2; check the address and that it is running")
            .arg(a(0), reason);
    }
    case Code::PrometheusTimeout:
        return Problems::tr("the Prometheus server %1 did not answer within %2 seconds; try a shorter range or a "
                            "longer timeout").arg(a(0), a(1));
    case Code::PrometheusHttpError:
        if (a(1) == u"401" || a(1) == u"403")
            return Problems::tr("the server %1 refused the credentials (HTTP status %2); check the user and "
                                "password or the token").arg(a(0), a(1));
        return Problems::tr("the server %1 answered with HTTP status %2: %3").arg(a(0), a(1), a(2));
    case Code::PrometheusError: return Problems::tr("Prometheus refused the query (%1): %2").arg(a(0), a(1));
    case Code::PrometheusBadResponse:
        return Problems::tr("the response from %1 is not a Prometheus API response: %2").arg(a(0), a(1));
    case Code::PrometheusMetricNotFound:
        return Problems::tr("the server has no series of the metric \"%1\"; check its name").arg(a(0));
    case Code::PrometheusEmptyResult:
        return Problems::tr("the metric \"%1\" has no samples from %2 to %3").arg(a(0), a(1), a(2));
    case Code::PrometheusLabelMissing:
        return Problems::tr("the series of the metric have no label \"%1\"; choose the labels that name the centre "
                            "and the chip").arg(a(0));
    }
    return Problems::tr("unknown problem");
}

namespace {

QString formatLine(const Problem &p, const QString &fallbackFile, const QString &severity)
{
    QString place = p.file.empty() ? fallbackFile : QString::fromStdString(p.file);
    if (!place.isEmpty() && p.line > 0)
        place += QStringLiteral(":%1:%2").arg(p.line).arg(p.column);
    QString message = problemMessage(p);
    if (p.line == 0 && !p.path.empty())
        message += QStringLiteral(" (%1)").arg(QString::fromStdString(p.path));
    return place.isEmpty() ? QStringLiteral("%1: %2").arg(severity, message)
                           : QStringLiteral("%1: %2: %3").arg(place, severity, message);
}

} // namespace

QString problemLine(const Problem &p, const QString &fallbackFile)
{
    // CLI.md fixes these two words: scripts match them.
    return formatLine(p, fallbackFile, p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
}

QString problemUiLine(const Problem &p, const QString &fallbackFile)
{
    return formatLine(p, fallbackFile,
                      p.severity == Severity::Error ? Problems::tr("error") : Problems::tr("warning"));
}

} // namespace atlas
