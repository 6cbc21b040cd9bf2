#include "problemtext.h"

#include <QCoreApplication>

namespace atlas {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Problems", text);
}

QString arg(const Problem &p, size_t i)
{
    return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString();
}

QString kindName(const QString &kind)
{
    if (kind == u"region") return tr("region");
    if (kind == u"center") return tr("centre");
    if (kind == u"chip") return tr("chip");
    if (kind == u"tenant") return tr("tenant");
    if (kind == u"scenario") return tr("scenario");
    if (kind == u"node") return tr("region or centre");
    if (kind == u"link") return tr("link");
    if (kind == u"inventory") return tr("inventory entry");
    return kind;
}

QString typeName(const QString &type)
{
    if (type == u"number") return tr("a number");
    if (type == u"text") return tr("text");
    if (type == u"list") return tr("a list");
    if (type == u"map") return tr("a mapping (key: value entries)");
    if (type == u"month") return tr("a month written YYYY-MM");
    if (type == u"integer") return tr("a whole number");
    if (type == u"boolean") return tr("true or false");
    return type;
}

} // namespace

QString problemMessage(const Problem &p)
{
    const auto a = [&](size_t i) { return arg(p, i); };
    switch (p.code) {
    case Code::FileNotFound: return tr("the file %1 does not exist").arg(a(0));
    case Code::FileUnreadable: return tr("the file %1 cannot be read: %2").arg(a(0), a(1));
    case Code::FileUnwritable: return tr("the file %1 cannot be written: %2").arg(a(0), a(1));
    case Code::FileExists: return tr("%1 already exists; use --force to overwrite it").arg(a(0));
    case Code::UnknownFileType:
        return tr("%1 is neither an interchange file (.yaml, .yml) nor a project file (.atlas)").arg(a(0));
    case Code::YamlSyntax: return tr("this is not valid YAML: %1").arg(a(0));
    case Code::UnknownFormat:
        return a(0).isEmpty() ? tr("the file does not say `format: computeatlas/1`; it is not a ComputeAtlas interchange file")
                              : tr("unknown format \"%1\"; this version reads computeatlas/1").arg(a(0));
    case Code::MissingField: return tr("the required field \"%1\" is missing").arg(a(0));
    case Code::WrongType: return tr("\"%1\" must be %2").arg(a(0), typeName(a(1)));
    case Code::UnknownKey: return tr("unknown key \"%1\" is ignored (a typo?)").arg(a(0));
    case Code::UnknownReference:
        return tr("\"%1\" refers to %2 \"%3\", which does not exist").arg(a(0), kindName(a(1)), a(2));
    case Code::DuplicateId: return tr("the %1 id \"%2\" is used more than once").arg(kindName(a(0)), a(1));
    case Code::NegativeNumber: return tr("\"%1\" must not be negative (it is %2)").arg(a(0), a(1));
    case Code::NotFinite: return tr("\"%1\" must be a finite number").arg(a(0));
    case Code::NotInteger: return tr("\"%1\" must be a whole number (it is %2)").arg(a(0), a(1));
    case Code::PueBelowOne: return tr("a PUE of %1 is impossible: PUE is at least 1").arg(a(0));
    case Code::OutOfRange: return tr("\"%1\" is %2 but must lie between %3 and %4").arg(a(0), a(1), a(2), a(3));
    case Code::SeriesLength:
        return tr("the demand series has %1 values but the project has %2 periods").arg(a(0), a(1));
    case Code::BadMonth: return tr("\"%1\" must be a month written YYYY-MM, not \"%2\"").arg(a(0), a(1));
    case Code::DemandFromOutsideHorizon:
        return tr("demand starts in %1, outside the planning horizon %2 to %3").arg(a(0), a(1), a(2));
    case Code::UntilBeforeFrom: return tr("\"until\" (%1) is before \"from\" (%2)").arg(a(0), a(1));
    case Code::UnknownPolicy:
        return tr("unknown policy \"%1\"; use optimal, local or nearest").arg(a(0));
    case Code::UnknownWorkload:
        return tr("unknown workload \"%1\"; use training, inference, finetune, hpc or video").arg(a(0));
    case Code::UnknownPeriodLength:
        return tr("unknown period length \"%1\"; use month, quarter or year").arg(a(0));
    case Code::EmptyList: return tr("\"%1\" must list at least one entry").arg(a(0));
    case Code::SelfLink: return tr("a link joins %1 to itself").arg(a(0));
    case Code::EmptyId: return tr("\"%1\" must not be empty").arg(a(0));
    case Code::PowerLimitExceeded:
        return tr("centre %1 needs %2 MW at full load but its power limit is %3 MW").arg(a(0), a(1), a(2));
    case Code::NotSqlite: return tr("%1 is not a ComputeAtlas project file (not an SQLite database)").arg(a(0));
    case Code::NotAProject:
        return tr("%1 is an SQLite database but not a ComputeAtlas project").arg(a(0));
    case Code::NewerSchema:
        return tr("%1 was written by a newer ComputeAtlas (file version %2, this version reads up to %3); "
                  "update ComputeAtlas to open it").arg(a(0), a(1), a(2));
    case Code::Damaged: return tr("%1 is damaged and cannot be opened safely: %2").arg(a(0), a(1));
    case Code::ForeignSchemaObject:
        return tr("%1 contains a %2 \"%3\" that ComputeAtlas did not create; it is refused for safety")
            .arg(a(0), a(1), a(2));
    case Code::LockedByOther: return tr("%1 is open in another ComputeAtlas (%2)").arg(a(0), a(1));
    case Code::SaveFailed: return tr("%1 could not be saved: %2; the file on disk is unchanged").arg(a(0), a(1));
    case Code::ReadOnly: return tr("%1 is open read-only").arg(a(0));
    case Code::DatabaseError: return tr("%1: database error: %2").arg(a(0), a(1));
    case Code::DuplicateKey: return tr("the key \"%1\" appears twice in the same entry").arg(a(0));
    case Code::NotPositive: return tr("\"%1\" must be greater than 0 (it is %2)").arg(a(0), a(1));
    case Code::UnknownEcosystem:
        return tr("\"%1\" names the ecosystem \"%2\", which no chip in the project has").arg(a(0), a(1));
    case Code::ExtraDocument: return tr("the file holds more than one YAML document; only one project per file");
    case Code::NotUtf8: return tr("the text is not valid UTF-8; save the file as UTF-8");
    case Code::UnknownScenario: return tr("there is no scenario \"%1\"").arg(a(0));
    case Code::Cancelled: return tr("the run was cancelled; earlier results are kept");
    case Code::ResultUnreadable: return tr("the stored results cannot be read (%1); run the scenario again").arg(a(0));
    }
    return tr("unknown problem");
}

QString problemLine(const Problem &p, const QString &fallbackFile)
{
    QString place = p.file.empty() ? fallbackFile : QString::fromStdString(p.file);
    if (!place.isEmpty() && p.line > 0)
        place += QStringLiteral(":%1:%2").arg(p.line).arg(p.column);
    const QString severity = p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    QString message = problemMessage(p);
    if (p.line == 0 && !p.path.empty())
        message += QStringLiteral(" (%1)").arg(QString::fromStdString(p.path));
    return place.isEmpty() ? QStringLiteral("%1: %2").arg(severity, message)
                           : QStringLiteral("%1: %2: %3").arg(place, severity, message);
}

} // namespace atlas
