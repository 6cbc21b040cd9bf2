#pragma once

// Walks the visible widgets of a window and checks every user text on them: titles,
// labels, buttons, tabs, headers and fixed cells of item views, combo items, menus and
// actions, tooltips, placeholders, and whatever the widgets paint themselves (charts,
// the map's legend). Also flags text cut off by a widget too narrow for it.

#include "uitextcheck.h"

#include <QSet>
#include <QString>
#include <QStringList>

class QMenu;
class QObject;
class QWidget;

namespace atlas::test {

class WindowWalker
{
public:
    explicit WindowWalker(const UiTextCheck &check) : mCheck(check) {}

    /** Where screenshots go; none are taken when empty. */
    void setShotFolder(const QString &folder) { mShots = folder; }
    void screenshot(QWidget *w, const QString &name);

    /** Checks `root` and every visible widget under it. */
    void inspect(QWidget *root);
    /** Checks a menu's title and actions, and its submenus. */
    void inspectMenu(QMenu *menu, const QString &path);
    void checkText(const QString &path, const QString &what, const QString &text);

    /** "path [what]: text — words" for each text with English left in it. */
    QStringList untranslated() const { return mUntranslated; }
    /** "path: text (needs N px, has M)" for each text a widget cuts off. */
    QStringList cutOff() const { return mCutOff; }
    int textsChecked() const { return mChecked; }

    static QString objectPath(const QObject *o);

private:
    void inspectWidget(QWidget *w);
    void inspectModel(QWidget *view, const QString &path);
    void checkPainted(QWidget *w, const QString &path, const QStringList &ownTexts);
    void checkFits(QWidget *w, const QString &path);
    void reportCut(const QString &path, const QString &text, int needed, int has);

    const UiTextCheck &mCheck;
    QString mShots;
    QSet<QString> mSeen;
    QStringList mUntranslated;
    QStringList mCutOff;
    int mChecked = 0;
};

} // namespace atlas::test
