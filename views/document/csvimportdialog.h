#pragma once

#include "document.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace atlas {

/**
 * Imports tenants or inventory from a CSV file: a preview of the rows, a field chosen
 * for each column (guessed from the header), then one undoable insertion. Rows that do
 * not parse or validate are refused with the reason; nothing partial is stored.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Document *doc, const QString &csvText, QWidget *parent = nullptr);

    /** Asks for a file, shows the dialog, imports. */
    static void importInto(Document *doc, QWidget *parent);

    void setKind(EntityKind kind);
    /** Maps CSV column `column` to field `field` (-1: skip). */
    void setMapping(int column, int field);
    /** Imports with the current choices; false with the reason in the dialog. */
    bool import();
    QString message() const;

private:
    void rebuild();
    EntityList list() const;

    Document *mDoc;
    QList<QStringList> mRows;
    QComboBox *mKind;
    QCheckBox *mHeader;
    QTableWidget *mPreview;
    QLabel *mMessage;
    QList<QComboBox *> mMapping;
};

} // namespace atlas
