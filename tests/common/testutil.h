#pragma once

#include <QString>
#include <QTemporaryDir>

#include <string>

namespace atlas::test {

/** Path of a file in the source tree, e.g. sourcePath("resources/demo/demo.yaml"). */
std::string sourcePath(const std::string &relative);

/** Relative comparison for doubles: |a-b| <= tol × max(1, |a|, |b|). */
bool fuzzyEqual(double a, double b, double tol = 1e-9);

/**
 * Data rows "<label> <seed>" for seeds first..last, into an int column "seed" the _data
 * function has added.
 */
void addSeedRows(const char *label, int first, int last);

/** Whole file as bytes ("" when unreadable). */
std::string readAll(const std::string &path);
void writeAll(const std::string &path, const std::string &bytes);

/** A temporary folder that lives as long as the object; path(name) joins a file name. */
class TempDir {
public:
    TempDir();
    std::string path(const std::string &name) const;
    std::string root() const;

private:
    QTemporaryDir mDir;
};

} // namespace atlas::test
