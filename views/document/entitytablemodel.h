#pragma once

#include "document.h"
#include "entityfields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace atlas {

/**
 * One list of a project's entities as a table. Reads the document's model directly,
 * writes only through the command façade; follows the document's notifier. A refused
 * edit marks its cell (tooltip: the reason) until the next accepted edit of that cell.
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    EntityTableModel(Document *doc, EntityList list, QObject *parent = nullptr);

    Document *document() const { return mDoc; }
    EntityList list() const { return mList; }
    /** Shows another overlay list (scenario manager), or the same kind's base list. */
    void setList(const EntityList &list);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The reason an earlier edit of this cell was refused, or empty. */
    QString refusal(const QModelIndex &index) const;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    void rebuildProblems() const;
    static quint64 cellKey(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

    QPointer<Document> mDoc;
    EntityList mList;
    QHash<quint64, QString> mRefused;
    mutable QHash<quint64, QString> mProblems;
    mutable bool mProblemsValid = false;
};

} // namespace atlas
