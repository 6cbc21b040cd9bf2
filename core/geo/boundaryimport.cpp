// importBoundaries: a boundary file is untrusted input; all or nothing.

#include "boundaryimport.h"

#include "georead.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace atlas {

namespace {

std::string lowerExtension(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        geo::refuse(Code::FileUnreadable, {std::strerror(errno)});
    std::string text;
    in.seekg(0, std::ios::end);
    text.resize(std::size_t(std::max<std::streamoff>(0, in.tellg())));
    in.seekg(0);
    in.read(text.data(), std::streamsize(text.size()));
    if (!in)
        geo::refuse(Code::FileUnreadable, {"read failed"});
    return text;
}

std::string megabytes(std::uint64_t bytes)
{
    std::ostringstream s;
    s.precision(1);
    s << std::fixed << double(bytes) / (1024.0 * 1024.0);
    return s.str();
}

} // namespace

Result<BoundaryLayer> importBoundaries(const std::string &path, const ImportOptions &options, BoundaryStats *stats)
{
    Result<BoundaryLayer> result;
    try {
        const std::string ext = lowerExtension(path);
        const bool isJson = ext == ".geojson" || ext == ".json";
        if (!isJson && ext != ".gpkg" && ext != ".shp")
            geo::refuse(Code::BoundaryUnknownType);

        struct stat info;
        if (::stat(path.c_str(), &info) != 0) {
            if (errno == ENOENT || errno == ENOTDIR)
                geo::refuse(Code::FileNotFound);
            geo::refuse(Code::FileUnreadable, {std::strerror(errno)});
        }
        if (S_ISDIR(info.st_mode))
            geo::refuse(Code::FileUnreadable, {std::strerror(EISDIR)});
        if (std::uint64_t(info.st_size) > options.maxBytes)
            geo::refuse(Code::BoundaryTooLarge, {megabytes(std::uint64_t(info.st_size)), megabytes(options.maxBytes)});

        geo::ReadContext ctx{path, options.encoding, options.maxVertices, 0};
        GeoLayer layer;
        if (isJson)
            layer = geo::readGeoJsonText(readFile(path), ctx);
        else if (ext == ".gpkg")
            layer = geo::readGeoPackage(ctx);
        else
            layer = geo::readShapefile(ctx);
        if (layer.features.empty())
            geo::refuse(Code::BoundaryEmpty);

        BoundaryLayer out;
        out.name = options.name.empty() ? std::filesystem::path(path).stem().string() : options.name;
        out.source = options.source;
        out.approvalNumber = options.approvalNumber;
        out.geojson = writeBoundaryGeoJson(layer);
        if (stats)
            *stats = boundaryStats(layer);
        result.value = std::move(out);
    } catch (const geo::Refusal &r) {
        std::vector<std::string> args = r.args;
        args.insert(args.begin(), path);
        Problem p = error(r.code, r.where, std::move(args));
        p.file = path;
        p.line = r.line;
        p.column = r.column;
        result.problems.push_back(std::move(p));
    } catch (const std::bad_alloc &) {
        Problem p = error(Code::BoundaryTooLarge, {}, {path, "?", megabytes(options.maxBytes)});
        p.file = path;
        result.problems.push_back(std::move(p));
    }
    return result;
}

} // namespace atlas
