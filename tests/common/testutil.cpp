#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace atlas::test {

std::string sourcePath(const std::string &relative)
{
    return std::string(ATLAS_SOURCE_DIR) + "/" + relative;
}

bool fuzzyEqual(double a, double b, double tol)
{
    return std::abs(a - b) <= tol * std::max({1.0, std::abs(a), std::abs(b)});
}

void addSeedRows(const char *label, int first, int last)
{
    for (int seed = first; seed <= last; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(label)).arg(seed))) << seed;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

TempDir::TempDir() = default;

std::string TempDir::path(const std::string &name) const
{
    return mDir.filePath(QString::fromStdString(name)).toStdString();
}

std::string TempDir::root() const
{
    return mDir.path().toStdString();
}

} // namespace atlas::test
