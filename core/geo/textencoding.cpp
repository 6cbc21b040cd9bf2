#include "textencoding.h"

#include <algorithm>
#include <cctype>
#include <cerrno>

#include <iconv.h>

namespace atlas::geo {

namespace {

std::string normalised(std::string_view name)
{
    std::string s;
    for (const char c : name)
        if (!std::isspace(static_cast<unsigned char>(c)))
            s += char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        int extra;
        unsigned int cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + std::size_t(extra) >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = static_cast<unsigned char>(text[i + std::size_t(k)]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static const unsigned int kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

bool isUtf8Name(std::string_view name)
{
    const std::string s = normalised(name);
    return s == "UTF-8" || s == "UTF8" || s == "65001" || s == "CP65001";
}

std::string iconvEncodingName(std::string_view name)
{
    const std::string s = normalised(name);
    if (isUtf8Name(s))
        return "UTF-8";
    // GB18030 is a superset of GBK and GB2312: it reads all three.
    if (s == "GBK" || s == "936" || s == "CP936" || s == "GB2312" || s == "GB18030" || s == "ANSI936"
        || s == "EUC-CN")
        return "GB18030";
    if (s == "950" || s == "CP950" || s == "BIG5")
        return "BIG5";
    if (!s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); }))
        return "CP" + s;
    return s;
}

std::optional<std::string> toUtf8(std::string_view text, const std::string &encoding)
{
    if (encoding == "UTF-8") {
        if (!isValidUtf8(text))
            return std::nullopt;
        return std::string(text);
    }
    iconv_t cd = iconv_open("UTF-8", encoding.c_str());
    if (cd == iconv_t(-1))
        return std::nullopt;
    std::string out(text.size() * 4 + 4, '\0');
    char *in = const_cast<char *>(text.data());
    std::size_t inLeft = text.size();
    char *outPtr = out.data();
    std::size_t outLeft = out.size();
    const std::size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc == std::size_t(-1) || inLeft != 0)
        return std::nullopt;
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace atlas::geo
