#pragma once

#include "model/model.h"
#include "ops/sources/namemapping.h"

#include <QTableWidget>

namespace atlas {

/**
 * The mapping of a source's names to the project: one row per name (kind, the name as
 * the source writes it, its rows, a combo box of the project's centres, chips or
 * tenants). Suggested matches are preselected; unmatched rows are marked in colour and
 * counted, and the user may pick an entity or leave a name unmatched.
 */
class NameMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit NameMappingTable(QWidget *parent = nullptr);

    /** Shows the names with the mapping's choices (rows without counts show "—"). */
    void setNames(const Project &project, const SourceNames &names, const NameMapping &mapping);
    /** The user's choices. */
    NameMapping mapping() const;
    /** Maps one name (as a user choosing in the combo box would); false when absent. */
    bool choose(NameKind kind, const QString &name, const QString &id);
    int unmatchedCount() const;

Q_SIGNALS:
    void mappingChanged();

private:
    struct Row {
        NameKind kind;
        std::string name;
    };
    void addRows(const Project &project, NameKind kind, const std::vector<NameCount> &names,
                 const std::map<std::string, std::string> &chosen);
    void markRow(int row);
    QList<Row> mRows;
};

} // namespace atlas
