#include "entityfields.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace atlas {
namespace {

QString tooBad(const char *what)
{
    return QCoreApplication::translate("Fields", what);
}

std::optional<double> toNumber(const QVariant &v)
{
    bool ok = false;
    double d = v.toDouble(&ok);
    if (!ok) {
        // Accept both the UI locale and C notation: "1,5" in some locales, "1.5" everywhere.
        d = QLocale().toDouble(v.toString().trimmed(), &ok);
        if (!ok)
            d = v.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

template<typename E>
const E &as(const EntityRef &v) { return *std::get<const E *>(v); }
template<typename E>
E &as(EntityValue &v) { return std::get<E>(v); }

QString qs(const std::string &s) { return QString::fromStdString(s); }
std::string ss(const QVariant &v) { return v.toString().trimmed().toStdString(); }

template<typename E>
FieldDef text(std::string key, const char *header, std::string E::*m)
{
    return {key, header, FieldType::Text,
            [m](const EntityRef &v) { return QVariant(qs(as<E>(v).*m)); },
            [m](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                as<E>(v).*m = ss(x);
                return std::nullopt;
            }};
}

template<typename E, typename N>
FieldDef number(std::string key, const char *header, N E::*m)
{
    const bool integer = std::is_integral_v<N>;
    return {key, header, integer ? FieldType::Integer : FieldType::Number,
            [m](const EntityRef &v) { return QVariant(static_cast<double>(as<E>(v).*m)); },
            [m, integer](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                auto d = toNumber(x);
                if (!d)
                    return tooBad("Not a number.");
                if (integer && std::floor(*d) != *d)
                    return tooBad("Not a whole number.");
                as<E>(v).*m = static_cast<N>(*d);
                return std::nullopt;
            }};
}

template<typename E>
FieldDef optNumber(std::string key, const char *header, std::optional<double> E::*m)
{
    return {key, header, FieldType::OptionalNumber,
            [m](const EntityRef &v) {
                const auto &o = as<E>(v).*m;
                return o ? QVariant(*o) : QVariant();
            },
            [m](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                if (x.toString().trimmed().isEmpty()) {
                    as<E>(v).*m = std::nullopt;
                    return std::nullopt;
                }
                auto d = toNumber(x);
                if (!d)
                    return tooBad("Not a number (leave empty for none).");
                as<E>(v).*m = *d;
                return std::nullopt;
            }};
}

template<typename E>
FieldDef optMonth(std::string key, const char *header, std::optional<Month> E::*m)
{
    return {key, header, FieldType::OptionalMonth,
            [m](const EntityRef &v) {
                const auto &o = as<E>(v).*m;
                return o ? QVariant(qs(formatMonth(*o))) : QVariant();
            },
            [m](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                const std::string t = ss(x);
                if (t.empty()) {
                    as<E>(v).*m = std::nullopt;
                    return std::nullopt;
                }
                auto month = parseMonth(t);
                if (!month)
                    return tooBad("Write the month as YYYY-MM, e.g. 2026-03.");
                as<E>(v).*m = *month;
                return std::nullopt;
            }};
}

template<typename E, typename Enum>
FieldDef choice(std::string key, const char *header, Enum E::*m, std::vector<Enum> values,
                std::optional<Enum> (*parse)(std::string_view))
{
    QStringList names;
    for (auto e : values)
        names << qs(toString(e));
    return {key, header, FieldType::Choice,
            [m](const EntityRef &v) { return QVariant(qs(toString(as<E>(v).*m))); },
            [m, parse](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                auto e = parse(ss(x));
                if (!e)
                    return tooBad("Not one of the listed choices.");
                as<E>(v).*m = *e;
                return std::nullopt;
            },
            names};
}

QStringList splitList(const QVariant &x)
{
    QStringList out;
    const auto parts = x.toString().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const auto &p : parts)
        out << p.trimmed();
    return out;
}

FieldDef ecosystems()
{
    return {"ecosystems", QT_TRANSLATE_NOOP("Fields", "Ecosystems"), FieldType::List,
            [](const EntityRef &v) {
                QStringList l;
                for (const auto &e : as<Tenant>(v).ecosystems)
                    l << qs(e);
                return QVariant(l.join(QStringLiteral(", ")));
            },
            [](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                auto &t = as<Tenant>(v);
                t.ecosystems.clear();
                for (const auto &p : splitList(x))
                    t.ecosystems.push_back(p.toStdString());
                return std::nullopt;
            }};
}

FieldDef demandNumber(std::string key, const char *header, double Demand::*m)
{
    return {key, header, FieldType::Number,
            [m](const EntityRef &v) {
                const auto &d = as<Tenant>(v).demand;
                return d.explicitSeries ? QVariant() : QVariant(d.*m);
            },
            [m](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                auto d = toNumber(x);
                if (!d)
                    return tooBad("Not a number.");
                auto &dem = as<Tenant>(v).demand;
                dem.explicitSeries = false;
                dem.series.clear();
                dem.*m = *d;
                return std::nullopt;
            }};
}

FieldDef demandFrom()
{
    FieldDef f = optMonth<Tenant>("demand.from", QT_TRANSLATE_NOOP("Fields", "Demand from"), nullptr);
    f.get = [](const EntityRef &v) {
        const auto &d = as<Tenant>(v).demand;
        return d.from ? QVariant(qs(formatMonth(*d.from))) : QVariant();
    };
    f.set = [](EntityValue &v, const QVariant &x) -> std::optional<QString> {
        auto &d = as<Tenant>(v).demand;
        const std::string t = ss(x);
        if (t.empty()) {
            d.from.reset();
            return std::nullopt;
        }
        auto month = parseMonth(t);
        if (!month)
            return tooBad("Write the month as YYYY-MM, e.g. 2026-03.");
        d.from = *month;
        return std::nullopt;
    };
    return f;
}

FieldDef demandSeries()
{
    return {"demand.series", QT_TRANSLATE_NOOP("Fields", "Demand series"), FieldType::List,
            [](const EntityRef &v) {
                const auto &d = as<Tenant>(v).demand;
                if (!d.explicitSeries)
                    return QVariant();
                QStringList l;
                for (double x : d.series)
                    l << QString::number(x);
                return QVariant(l.join(QStringLiteral(" ")));
            },
            [](EntityValue &v, const QVariant &x) -> std::optional<QString> {
                auto &d = as<Tenant>(v).demand;
                const auto parts = splitList(x);
                std::vector<double> series;
                for (const auto &p : parts) {
                    auto n = toNumber(p);
                    if (!n)
                        return tooBad("The series must be numbers separated by spaces.");
                    series.push_back(*n);
                }
                d.explicitSeries = !series.empty();
                d.series = std::move(series);
                return std::nullopt;
            }};
}

FieldDef derived(std::string key, const char *header, std::function<QVariant(const EntityRef &)> get)
{
    return {key, header, FieldType::Derived, std::move(get), nullptr};
}

std::vector<FieldDef> centerFields(bool overlay)
{
    using C = Center;
    std::vector<FieldDef> f = {
        text<C>("id", QT_TRANSLATE_NOOP("Fields", "Id"), &C::id),
        text<C>("name", QT_TRANSLATE_NOOP("Fields", "Name"), &C::name),
        text<C>("region", QT_TRANSLATE_NOOP("Fields", "Region"), &C::region),
        number<C>("lat", QT_TRANSLATE_NOOP("Fields", "Latitude"), &C::lat),
        number<C>("lon", QT_TRANSLATE_NOOP("Fields", "Longitude"), &C::lon),
        number<C>("pue", QT_TRANSLATE_NOOP("Fields", "PUE"), &C::pue),
        optNumber<C>("power_mw", QT_TRANSLATE_NOOP("Fields", "Power limit (MW)"), &C::powerMw),
        number<C>("electricity_price", QT_TRANSLATE_NOOP("Fields", "Electricity price (/kWh)"), &C::electricityPrice),
        number<C>("availability", QT_TRANSLATE_NOOP("Fields", "Availability"), &C::availability)};
    if (overlay)
        f.push_back(optNumber<C>("build_cost", QT_TRANSLATE_NOOP("Fields", "Build cost"), &C::buildCost));
    return f;
}

} // namespace

QString FieldDef::title() const
{
    return QCoreApplication::translate("Fields", header);
}

QString choiceLabel(const QString &id)
{
    return vocabularyLabel(id);
}

QString displayText(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (field.type) {
    case FieldType::Choice:
        return choiceLabel(value.toString());
    case FieldType::Text:
        // Industry is free text; the common words show translated (the value stays as written).
        return field.key == "industry" ? vocabularyLabel(value.toString()) : value.toString();
    case FieldType::Number:
    case FieldType::OptionalNumber:
        return QLocale().toString(value.toDouble(), 'g', 10);
    case FieldType::Integer:
        return QLocale().toString(static_cast<qlonglong>(value.toDouble()));
    default:
        return value.toString();
    }
}

const std::vector<FieldDef> &fieldsFor(const EntityList &list)
{
    using R = Region; using K = Chip; using I = Inventory; using L = Link; using T = Tenant; using S = Scenario;
    static const std::vector<FieldDef> regions = {
        text<R>("id", QT_TRANSLATE_NOOP("Fields", "Id"), &R::id),
        text<R>("name", QT_TRANSLATE_NOOP("Fields", "Name"), &R::name),
        number<R>("lat", QT_TRANSLATE_NOOP("Fields", "Latitude"), &R::lat),
        number<R>("lon", QT_TRANSLATE_NOOP("Fields", "Longitude"), &R::lon)};
    static const std::vector<FieldDef> centers = centerFields(false);
    static const std::vector<FieldDef> addedCenters = centerFields(true);
    static const std::vector<FieldDef> chips = {
        text<K>("id", QT_TRANSLATE_NOOP("Fields", "Id"), &K::id),
        text<K>("vendor", QT_TRANSLATE_NOOP("Fields", "Vendor"), &K::vendor),
        text<K>("name", QT_TRANSLATE_NOOP("Fields", "Name"), &K::name),
        text<K>("ecosystem", QT_TRANSLATE_NOOP("Fields", "Ecosystem"), &K::ecosystem),
        number<K>("tflops", QT_TRANSLATE_NOOP("Fields", "TFLOPS"), &K::tflops),
        number<K>("memory_gb", QT_TRANSLATE_NOOP("Fields", "Memory (GB)"), &K::memoryGb),
        number<K>("tdp_w", QT_TRANSLATE_NOOP("Fields", "TDP (W)"), &K::tdpW),
        number<K>("idle_fraction", QT_TRANSLATE_NOOP("Fields", "Idle fraction"), &K::idleFraction),
        number<K>("price", QT_TRANSLATE_NOOP("Fields", "Price"), &K::price)};
    static const std::vector<FieldDef> inventory = {
        text<I>("center", QT_TRANSLATE_NOOP("Fields", "Centre"), &I::center),
        text<I>("chip", QT_TRANSLATE_NOOP("Fields", "Chip"), &I::chip),
        number<I>("count", QT_TRANSLATE_NOOP("Fields", "Count"), &I::count),
        optMonth<I>("from", QT_TRANSLATE_NOOP("Fields", "From"), &I::from),
        optMonth<I>("until", QT_TRANSLATE_NOOP("Fields", "Until"), &I::until)};
    static const std::vector<FieldDef> links = {
        text<L>("from", QT_TRANSLATE_NOOP("Fields", "From"), &L::from),
        text<L>("to", QT_TRANSLATE_NOOP("Fields", "To"), &L::to),
        number<L>("latency_ms", QT_TRANSLATE_NOOP("Fields", "Latency (ms)"), &L::latencyMs),
        optNumber<L>("bandwidth_gbps", QT_TRANSLATE_NOOP("Fields", "Bandwidth (Gbit/s)"), &L::bandwidthGbps)};
    static const std::vector<FieldDef> tenants = {
        text<T>("id", QT_TRANSLATE_NOOP("Fields", "Id"), &T::id),
        text<T>("name", QT_TRANSLATE_NOOP("Fields", "Name"), &T::name),
        text<T>("region", QT_TRANSLATE_NOOP("Fields", "Region"), &T::region),
        text<T>("industry", QT_TRANSLATE_NOOP("Fields", "Industry"), &T::industry),
        choice<T>("workload", QT_TRANSLATE_NOOP("Fields", "Workload"), &T::workload,
                  {Workload::Training, Workload::Inference, Workload::Finetune, Workload::Hpc, Workload::Video},
                  &parseWorkload),
        ecosystems(),
        optNumber<T>("max_latency_ms", QT_TRANSLATE_NOOP("Fields", "Max latency (ms)"), &T::maxLatencyMs),
        number<T>("value", QT_TRANSLATE_NOOP("Fields", "Value (/PFLOPS-h)"), &T::value),
        optNumber<T>("transfer_cost", QT_TRANSLATE_NOOP("Fields", "Transfer cost"), &T::transferCost),
        demandNumber("demand.base", QT_TRANSLATE_NOOP("Fields", "Demand base (PFLOPS)"), &Demand::base),
        demandNumber("demand.growth", QT_TRANSLATE_NOOP("Fields", "Growth per period"), &Demand::growth),
        demandFrom(),
        demandSeries()};
    static const std::vector<FieldDef> scenarios = {
        text<S>("id", QT_TRANSLATE_NOOP("Fields", "Id"), &S::id),
        text<S>("name", QT_TRANSLATE_NOOP("Fields", "Name"), &S::name),
        choice<S>("policy", QT_TRANSLATE_NOOP("Fields", "Policy"), &S::policy,
                  {Policy::Optimal, Policy::Local, Policy::Nearest}, &parsePolicy),
        optNumber<S>("demand_scale", QT_TRANSLATE_NOOP("Fields", "Demand scale"), &S::demandScale),
        derived("add_centers", QT_TRANSLATE_NOOP("Fields", "Added centres"),
                [](const EntityRef &v) { return QVariant(double(as<S>(v).addCenters.size())); }),
        derived("add_inventory", QT_TRANSLATE_NOOP("Fields", "Added inventory"),
                [](const EntityRef &v) { return QVariant(double(as<S>(v).addInventory.size())); }),
        derived("add_links", QT_TRANSLATE_NOOP("Fields", "Added links"),
                [](const EntityRef &v) { return QVariant(double(as<S>(v).addLinks.size())); })};

    switch (list.kind) {
    case EntityKind::Region: return regions;
    case EntityKind::Center: return list.isOverlay() ? addedCenters : centers;
    case EntityKind::Chip: return chips;
    case EntityKind::Inventory: return inventory;
    case EntityKind::Link: return links;
    case EntityKind::Tenant: return tenants;
    case EntityKind::Scenario: return scenarios;
    }
    return regions;
}

int columnForField(const EntityList &list, const std::string &field)
{
    const auto &fields = fieldsFor(list);
    int best = -1;
    size_t bestLength = 0;
    for (size_t c = 0; c < fields.size(); ++c) {
        const auto &key = fields[c].key;
        const bool match = field == key
            || (field.size() > key.size() && field.compare(0, key.size(), key) == 0
                && (field[key.size()] == '.' || field[key.size()] == '['));
        if (match && key.size() > bestLength) {
            best = static_cast<int>(c);
            bestLength = key.size();
        }
    }
    // "demand" alone (e.g. a missing demand) points at the first demand column.
    if (best < 0 && field == "demand")
        return columnForField(list, "demand.base");
    return best;
}

} // namespace atlas
