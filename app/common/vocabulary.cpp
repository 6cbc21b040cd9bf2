#include "vocabulary.h"

#include <QCoreApplication>

#include <map>

/** Translation context "Vocabulary" (a class so that lupdate and the runtime agree on it). */
struct Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

namespace atlas {

QString vocabularyLabel(const QString &word)
{
    static const std::map<QString, const char *> labels = {
        // workloads (MODEL.md)
        {QStringLiteral("training"), QT_TRANSLATE_NOOP("Vocabulary", "Training")},
        {QStringLiteral("inference"), QT_TRANSLATE_NOOP("Vocabulary", "Inference")},
        {QStringLiteral("finetune"), QT_TRANSLATE_NOOP("Vocabulary", "Fine-tuning")},
        {QStringLiteral("hpc"), QT_TRANSLATE_NOOP("Vocabulary", "HPC")},
        {QStringLiteral("video"), QT_TRANSLATE_NOOP("Vocabulary", "Video")},
        // policies
        {QStringLiteral("optimal"), QT_TRANSLATE_NOOP("Vocabulary", "Optimal (network-wide)")},
        {QStringLiteral("local"), QT_TRANSLATE_NOOP("Vocabulary", "Local (own region)")},
        {QStringLiteral("nearest"), QT_TRANSLATE_NOOP("Vocabulary", "Nearest (greedy)")},
        // common industries (free text; these are the words the demo and the catalogue use)
        {QStringLiteral("internet"), QT_TRANSLATE_NOOP("Vocabulary", "Internet")},
        {QStringLiteral("finance"), QT_TRANSLATE_NOOP("Vocabulary", "Finance")},
        {QStringLiteral("government"), QT_TRANSLATE_NOOP("Vocabulary", "Government")},
        {QStringLiteral("healthcare"), QT_TRANSLATE_NOOP("Vocabulary", "Healthcare")},
        {QStringLiteral("manufacturing"), QT_TRANSLATE_NOOP("Vocabulary", "Manufacturing")},
        {QStringLiteral("media"), QT_TRANSLATE_NOOP("Vocabulary", "Media")},
        {QStringLiteral("research"), QT_TRANSLATE_NOOP("Vocabulary", "Research")},
        {QStringLiteral("autonomous"), QT_TRANSLATE_NOOP("Vocabulary", "Autonomous driving")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("Vocabulary", "Education")},
        {QStringLiteral("energy"), QT_TRANSLATE_NOOP("Vocabulary", "Energy")},
        {QStringLiteral("transport"), QT_TRANSLATE_NOOP("Vocabulary", "Transport")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    const auto it = labels.find(word.trimmed().toLower());
    return it == labels.end() ? word : Vocabulary::tr(it->second);
}

} // namespace atlas
