#pragma once

#include <QString>

namespace atlas {

/**
 * The translated label of a value the model stores as an English word: workloads
 * (training, inference, …), policies (optimal, local, nearest) and the common industries
 * (internet, finance, government, …). Industry is free text (FORMAT.md): a word outside
 * the list is shown as written. The stored value never changes; only its display does.
 */
QString vocabularyLabel(const QString &word);

} // namespace atlas
