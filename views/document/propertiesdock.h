#pragma once

#include "document.h"

#include <QDockWidget>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QComboBox;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace atlas {

class PropertyModel;

/**
 * The property panel: the fields of the selected entity, or the project's settings
 * (name, currency, periods, parameters). Edits are undoable commands.
 */
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    void showEntity(const EntityList &list, int row);
    void showProject();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadProject();
    void applyProject();

    QPointer<Document> mDoc;
    QStackedWidget *mStack;
    PropertyModel *mModel;
    QTableView *mView;
    QLabel *mTitle;
    QWidget *mProjectPage;
    QFormLayout *mForm;
    QLineEdit *mName;
    QLineEdit *mCurrency;
    QLineEdit *mStart;
    QSpinBox *mCount;
    QComboBox *mLength;
    QLineEdit *mAccess;
    QLineEdit *mTransfer;
    QLineEdit *mMigration;
    QLineEdit *mAmortization;
};

} // namespace atlas
