#include "palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace atlas::palette {
namespace {

// Okabe & Ito (2008), "Color Universal Design"; black moved last, it reads as text.
constexpr std::array<QRgb, 8> kOkabeIto = {
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // bluish green
    0xffcc79a7, // reddish purple
    0xff56b4e9, // sky blue
    0xffd55e00, // vermillion
    0xfff0e442, // yellow
    0xff000000, // black
};

// Viridis (matplotlib), 9 stops; linear interpolation between them.
constexpr std::array<QRgb, 9> kViridis = {
    0xff440154, 0xff472d7b, 0xff3b528b, 0xff2c728e, 0xff21918c,
    0xff28ae80, 0xff5ec962, 0xffaddc30, 0xfffde725,
};

} // namespace

int categoryCount()
{
    return int(kOkabeIto.size());
}

QColor category(int i)
{
    return QColor(kOkabeIto[size_t(std::max(i, 0)) % kOkabeIto.size()]);
}

int categoryStyle(int i)
{
    return std::max(i, 0) / categoryCount();
}

QColor sequential(double t)
{
    if (!(t >= 0))  // also NaN
        t = 0;
    t = std::min(t, 1.0);
    const double pos = t * double(kViridis.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, kViridis.size() - 1);
    const double f = pos - double(lo);
    const QColor a(kViridis[lo]), b(kViridis[hi]);
    auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor role(Role r)
{
    switch (r) {
    case Role::Capacity: return QColor(kOkabeIto[0]);
    case Role::Demand: return QColor(kOkabeIto[7]);
    case Role::Served: return QColor(kOkabeIto[2]);
    case Role::Unserved: return QColor(kOkabeIto[5]);
    case Role::Energy: return QColor(kOkabeIto[1]);
    case Role::Cost: return QColor(kOkabeIto[3]);
    case Role::Baseline: return QColor(0xff7f7f7f);
    case Role::Marker: return QColor(0xff333333);
    case Role::Grid: return QColor(0xffdddddd);
    case Role::Text: return QColor(0xff222222);
    }
    return QColor(kOkabeIto[7]);
}

} // namespace atlas::palette
