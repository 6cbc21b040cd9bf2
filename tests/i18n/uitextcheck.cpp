#include "uitextcheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace atlas::test {

const QSet<QString> &UiTextCheck::allowedWords()
{
    // Kept short on purpose: a word lands here only when Chinese text really writes it
    // in Latin letters.
    static const QSet<QString> words{
        // the product, and names of languages written in their own script
        QStringLiteral("ComputeAtlas"), QStringLiteral("English"),
        // units
        QStringLiteral("PFLOPS"), QStringLiteral("TFLOPS"), QStringLiteral("MW"), QStringLiteral("kW"),
        QStringLiteral("W"), QStringLiteral("kWh"), QStringLiteral("MWh"), QStringLiteral("GWh"),
        QStringLiteral("ms"), QStringLiteral("km"), QStringLiteral("GB"), QStringLiteral("CNY"),
        QStringLiteral("dpi"),
        // acronyms and ecosystems
        QStringLiteral("PUE"), QStringLiteral("GPU"), QStringLiteral("AI"), QStringLiteral("ID"),
        QStringLiteral("CUDA"), QStringLiteral("CANN"), QStringLiteral("DTK"), QStringLiteral("XPU"),
        // file and data formats
        QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF"),
        QStringLiteral("YAML"), QStringLiteral("JSON"), QStringLiteral("GeoJSON"), QStringLiteral("GeoPackage"),
        QStringLiteral("Shapefile"), QStringLiteral("ESRI"), QStringLiteral("GBK"), QStringLiteral("UTF"),
        QStringLiteral("SQLite"), QStringLiteral("TDP"), QStringLiteral("Gbit"),
        // unit symbols after a slash or a dot: PFLOPS·h, PFLOPS-h, Gbit/s
        QStringLiteral("h"), QStringLiteral("s"),
        // keys as menus show them in every language
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Del"),
        // a format hint Chinese software writes the same way
        QStringLiteral("YYYY"), QStringLiteral("MM"),
    };
    return words;
}

const QStringList &UiTextCheck::allowedNames()
{
    // Proper names of libraries, licences and sources, credited as they are spelt.
    static const QStringList names{
        QStringLiteral("GPL-3.0-or-later"), QStringLiteral("LGPL-3.0"), QStringLiteral("GPL-3.0"),
        QStringLiteral("GPL"), QStringLiteral("GNU"), QStringLiteral("MIT"), QStringLiteral("BSL-1.0"),
        QStringLiteral("Qt"), QStringLiteral("QCustomPlot"), QStringLiteral("yaml-cpp"), QStringLiteral("Boost.Graph"),
        QStringLiteral("Boost"), QStringLiteral("LEMON"), QStringLiteral("nlohmann/json"),
        QStringLiteral("Natural Earth"),
        // sources of actuals, and the Slurm command and field an import names
        QStringLiteral("Prometheus"), QStringLiteral("Slurm"), QStringLiteral("sacct --parsable2"), QStringLiteral("TRES"),
    };
    return names;
}

void UiTextCheck::addData(const QString &value)
{
    const QString v = value.trimmed();
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    if (v.contains(latin)) {
        mData.insert(v);
        mPattern.clear();
    }
}

void UiTextCheck::addDataFromYaml(const QString &yamlText)
{
    // Values of the keys that hold ids, names and free-form categories; enumerations
    // (policy, length, format) are not data: the UI must translate them.
    static const QRegularExpression scalar(QStringLiteral(
        "\\b(?:id|name|vendor|ecosystem|region|center|chip|from|to|industry|workload|tenant):\\s*"
        "(?:\"([^\"]*)\"|([^,}\\]\\n#]+))"));
    static const QRegularExpression list(QStringLiteral("\\becosystems:\\s*\\[([^\\]]*)\\]"));
    for (auto it = scalar.globalMatch(yamlText); it.hasNext();) {
        const auto m = it.next();
        addData(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    for (auto it = list.globalMatch(yamlText); it.hasNext();) {
        const QStringList items = it.next().captured(1).split(u',');
        for (const QString &item : items)
            addData(item);
    }
}

QStringList UiTextCheck::offendingWords(const QString &original) const
{
    QString text = original;
    // Mnemonics: "文件(&F)" is how Chinese menus mark them; "&&" is a literal ampersand.
    static const QRegularExpression mnemonicSuffix(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
    text.remove(mnemonicSuffix);
    text.remove(mnemonic);
    // HTML markup of rich-text labels.
    static const QRegularExpression tag(QStringLiteral("<[^>]*>|&[a-z]+;"));
    text.replace(tag, QStringLiteral(" "));
    // URLs, file names and wildcard patterns.
    static const QRegularExpression files(QStringLiteral(
        "https?://\\S+|[\\w./\\\\~*-]*\\.(?:atlas|yaml|yml|csv|txt|png|svg|pdf|json|geojson|gpkg|shp|dbf|prj|cpg|qm|md)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(files, QStringLiteral(" "));
    // Single-letter mnemonics Qt leaves in tooltips ("保存(S)") and shortcuts ("Ctrl+S", "F5").
    static const QRegularExpression leftovers(QStringLiteral(
        "\\([A-Za-z0-9]\\)|\\b(?:Ctrl|Shift|Alt|Meta)\\+\\S+|\\bF[0-9]{1,2}\\b"));
    text.replace(leftovers, QStringLiteral(" "));
    for (const QString &name : allowedNames())
        text.replace(QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])") + QRegularExpression::escape(name)
                                        + QStringLiteral("(?![A-Za-z0-9])")), QStringLiteral(" "));
    if (!mData.isEmpty()) {
        if (mPattern.isEmpty()) {
            QStringList values(mData.cbegin(), mData.cend());
            std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (QString &v : values)
                v = QRegularExpression::escape(v);
            mPattern = QStringLiteral("(?<![A-Za-z0-9])(?:") + values.join(u'|') + QStringLiteral(")(?![A-Za-z0-9])");
        }
        const QRegularExpression data(mPattern);
        text.replace(data, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w) && !out.contains(w))
            out << w;
    }
    return out;
}

} // namespace atlas::test
