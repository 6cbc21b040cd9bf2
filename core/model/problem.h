#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace atlas {

enum class Severity { Error, Warning };

/**
 * What went wrong, as a code the app turns into a translated sentence
 * (app/problemtext.cpp). The comment on each code lists its args in order.
 * Codes are grouped by the part of core that raises them.
 */
enum class Code {
    // --- files in general
    FileNotFound,        // {path}
    FileUnreadable,      // {path, system reason}
    FileUnwritable,      // {path, system reason}
    FileExists,          // {path}                     refused without --force
    UnknownFileType,     // {path}                     neither .yaml/.yml nor .atlas

    // --- interchange (YAML)
    YamlSyntax,          // {parser message}
    UnknownFormat,       // {found}                    format: is not computeatlas/1
    MissingField,        // {field}
    WrongType,           // {field, expected: "number"|"text"|"list"|"map"|"month"|"integer"|"boolean"}
    UnknownKey,          // {key}                      warning
    UnknownReference,    // {field, kind, id}          kind: region|center|chip|tenant|node
    DuplicateId,         // {kind, id}
    NegativeNumber,      // {field, value}
    NotFinite,           // {field}
    NotInteger,          // {field, value}
    PueBelowOne,         // {value}
    OutOfRange,          // {field, value, min, max}   inclusive bounds as text
    SeriesLength,        // {found, expected}
    BadMonth,            // {field, text}              not YYYY-MM
    DemandFromOutsideHorizon, // {month, first, last}
    UntilBeforeFrom,     // {until, from}
    UnknownPolicy,       // {text}
    UnknownWorkload,     // {text}
    UnknownPeriodLength, // {text}
    EmptyList,           // {field}                    e.g. a tenant without ecosystems
    SelfLink,            // {node}                     a link from a node to itself
    EmptyId,             // {field}
    PowerLimitExceeded,  // {center, needed MW, limit MW}   warning

    // --- project file (.atlas)
    NotSqlite,           // {path}
    NotAProject,         // {path}
    NewerSchema,         // {path, found version, supported version}
    Damaged,             // {path, sqlite detail}
    ForeignSchemaObject, // {path, object type, object name}
    LockedByOther,       // {path, holder: "user@host pid N"}
    SaveFailed,          // {path, detail}
    ReadOnly,            // {path}
    DatabaseError,       // {path, detail}
    DuplicateKey,        // {key}                      the same key twice in one YAML map
    NotPositive,         // {field, value}             must be greater than 0 (tflops, availability, ...)
    UnknownEcosystem,    // {field, ecosystem}         warning: no chip has this ecosystem
    ExtraDocument,       // {}                         a second YAML document (---) in one file
    NotUtf8,             // {}                         the text is not valid UTF-8 (at line:column)

    // --- engine
    UnknownScenario,     // {id}
    Cancelled,           // {}
    ResultUnreadable,    // {detail}                   stored results JSON not computeatlas-result/1

    // --- boundary import (core/geo)
    BoundaryUnknownType,      // {path}                 not .geojson/.json/.gpkg/.shp
    BoundaryMalformed,        // {path, detail}         bad JSON, truncated shapefile, bad geometry blob
    NotAGeoPackage,           // {path}                 not SQLite, or SQLite without gpkg_contents
    BoundaryProjected,        // {path, "x, y"}         a coordinate outside ±180/±90: projected, not degrees
    BoundaryEmpty,            // {path}                 no polygon in the layer
    BoundaryUnsupportedGeometry, // {path, type}        e.g. Point, LineString: only (Multi)Polygon
    BoundaryTooLarge,         // {path, size MB, limit MB}
    BoundaryTooManyVertices,  // {path, limit}
    BoundaryEncoding,         // {path, encoding}       names do not convert from this encoding to UTF-8

    // --- operations: actuals storage, plan versus actual (core/ops)
    OpsActualRowsSkipped, // {path, table, reason, count} warning: rows of the file's actuals left out on open;
                          //   reason: a column whose value is missing or out of range (period|utilization|coverage|
                          //   pflops|chip_hours|kind|id), import (names no stored import) or duplicate (key seen before)
    OpsThresholdsReset,   // {path, column}             warning: a stored alert threshold is missing or out of range: defaults used
    // (end of storage/comparison codes)

    // --- operations: CSV and Slurm sources, mapping, aggregation (core/ops/sources)
    OpsEncoding,         // {file, encoding}           the text does not decode from this encoding (UTF-8 / GBK)
    OpsNoHeader,         // {file}                     empty file: no header line
    OpsNoRows,           // {file}                     a header but no data rows
    OpsMissingColumn,    // {role}                     role: time|start|end|center|chip|tenant|value|JobID|Account|Start|End|AllocTRES
    OpsShortRow,         // {column header}            the line ends before this column (line, column)
    OpsEmptyValue,       // {column header}            a required cell is empty (line, column)
    OpsBadTime,          // {column header, text}      not ISO 8601 nor Unix seconds (line, column)
    OpsBadNumber,        // {column header, text}      (line, column)
    OpsValueOutOfRange,  // {column header, text, min, max}  e.g. utilization 130 %, negative GPU-hours
    OpsEndBeforeStart,   // {start text, end text}     (line)
    OpsUnterminatedQuote,// {}                         a quoted field never closes (line, column)
    OpsConflictingRows,  // {first line, second line}  same time and pool (or job) with different values
    OpsBadTres,          // {text}                     an AllocTRES gres/gpu entry that does not parse (line, column)
    OpsRunningJobs,      // {count, first job ids}     warning: jobs without an end, left out
    OpsUnmatchedName,    // {kind, name, rows}         warning: kind center|chip|tenant; rows left out
    OpsOutsideHorizon,   // {count}                    warning: samples / records wholly outside the periods
    OpsDuplicateRows,    // {count}                    warning: exact duplicates skipped
    OpsMergedSamples,    // {count}                    warning: different values for one pool and time, averaged
    OpsNoChipsInService, // {center, chip, count}      warning: busy-chip samples where the pool has no chips in service
    OpsNoChip,           // {count}                    warning: usage records without a chip and no default chip
    OpsStepAssumed,      // {seconds}                  warning: no sample spacing to infer a step from
    OpsAboveFullUse,     // {count}                    warning: samples above 100 % (busy > chips in service), counted as 100 %
    // (end of source codes)

    // --- operations: Prometheus importer (views/ops/prometheus)
    PrometheusBadSetting,     // {field, value}         field: url|metric|centerLabel|chipLabel|step|range|timeout
    PrometheusUnreachable,    // {url, reason}          no connection (refused, unknown host, TLS, ...)
    PrometheusTimeout,        // {url, seconds}         no answer within the timeout (client or server side)
    PrometheusHttpError,      // {url, status, body excerpt}  an HTTP error that is not a Prometheus API error
    PrometheusError,          // {errorType, error}     the API's own error (bad_data, execution, ...)
    PrometheusBadResponse,    // {url, detail}          not the JSON the API documents
    PrometheusMetricNotFound, // {metric}               no series of this metric on the server
    PrometheusEmptyResult,    // {metric, from, to}     the metric has no samples in the range (ISO 8601 UTC)
    PrometheusLabelMissing,   // {label}                series of the metric lack this label
    // (end of Prometheus codes)
};

/** A located problem. `path` names the place in the model ("tenants[3].demand.from");
 *  file/line/column are filled by the reader that knows them (0 = unknown). */
struct Problem {
    Severity severity = Severity::Error;
    Code code = Code::FileUnreadable;
    std::vector<std::string> args;
    std::string path;
    std::string file;
    int line = 0;
    int column = 0;
};

inline Problem error(Code code, std::string path, std::vector<std::string> args = {})
{
    return Problem{Severity::Error, code, std::move(args), std::move(path), {}, 0, 0};
}

inline Problem warning(Code code, std::string path, std::vector<std::string> args = {})
{
    return Problem{Severity::Warning, code, std::move(args), std::move(path), {}, 0, 0};
}

inline bool hasError(const std::vector<Problem> &problems)
{
    for (const auto &p : problems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

/** A value, or the problems that kept it from being made (warnings may come with a value). */
template<typename T>
struct Result {
    std::optional<T> value;
    std::vector<Problem> problems;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &operator*() { return *value; }
    const T &operator*() const { return *value; }
    T *operator->() { return &*value; }
    const T *operator->() const { return &*value; }
};

/** Success, or the problems. */
struct Status {
    std::vector<Problem> problems;
    bool ok() const { return !hasError(problems); }
    explicit operator bool() const { return ok(); }
};

} // namespace atlas
