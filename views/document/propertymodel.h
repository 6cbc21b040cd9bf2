#pragma once

#include "document.h"
#include "entitylist.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace atlas {

/** The fields of one entity as rows (name, value); edits go through the command façade. */
class PropertyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PropertyModel(QObject *parent = nullptr);

    void setDocument(Document *doc);
    /** Shows one entity; row -1 shows nothing. */
    void setEntity(const EntityList &list, int row);
    EntityList list() const { return mList; }
    int entityRow() const { return mRow; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    QPointer<Document> mDoc;
    EntityList mList;
    int mRow = -1;
    QString mRefusal;
    int mRefusedField = -1;
};

} // namespace atlas
