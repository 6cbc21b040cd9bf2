#include "windowwalker.h"

#include "textrecorder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include "charts/qcp.h"   // qcustomplot.h with the keywords it needs

#include <functional>

namespace atlas::test {
namespace {

const QChar kEllipsis(0x2026);

QString shortClass(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    name.remove(QStringLiteral("atlas::"));
    return name;
}

} // namespace

QString WindowWalker::objectPath(const QObject *o)
{
    QStringList parts;
    for (const QObject *p = o; p; p = p->parent()) {
        const QString cls = shortClass(p);
        const QString name = p->objectName();
        const bool anonymous = name.isEmpty() || name.startsWith(QStringLiteral("qt_"));
        // Plain containers say nothing; the window and the widget itself always show.
        const bool plain = cls == u"QWidget" || cls == u"QStackedWidget" || cls == u"QScrollArea"
                           || cls == u"QSplitter" || cls == u"QFrame";
        if (p == o || !p->parent() || !anonymous || !plain)
            parts.prepend(anonymous ? cls : cls + u'#' + name);
        if (p->isWidgetType() && static_cast<const QWidget *>(p)->isWindow())
            break;
    }
    return parts.join(u'/');
}

void WindowWalker::screenshot(QWidget *w, const QString &name)
{
    if (mShots.isEmpty() || !w)
        return;
    QDir().mkpath(mShots);
    QString file = name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    w->grab().save(mShots + u'/' + file + QStringLiteral(".png"));
}

void WindowWalker::checkText(const QString &path, const QString &what, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString key = path + u'\x1f' + what + u'\x1f' + text;
    if (mSeen.contains(key))
        return;
    mSeen.insert(key);
    ++mChecked;
    const QStringList words = mCheck.offendingWords(text);
    if (!words.isEmpty())
        mUntranslated << QStringLiteral("%1 [%2]: \"%3\" — %4").arg(path, what, text.left(200), words.join(QStringLiteral(", ")));
}

void WindowWalker::reportCut(const QString &path, const QString &text, int needed, int has)
{
    const QString line = needed > 0 ? QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(path, text).arg(needed).arg(has)
                                    : QStringLiteral("%1: \"%2\" is painted elided").arg(path, text);
    if (!mCutOff.contains(line))
        mCutOff << line;
}

void WindowWalker::inspect(QWidget *root)
{
    if (!root || !root->isVisible())
        return;
    inspectWidget(root);
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *w : children)
        if (w->isVisible())
            inspectWidget(w);
}

void WindowWalker::inspectMenu(QMenu *menu, const QString &path)
{
    const QString here = path + u'/' + (menu->title().isEmpty() ? shortClass(menu) : menu->title());
    checkText(path, QStringLiteral("menu title"), menu->title());
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        checkText(here, QStringLiteral("action"), a->text());
        checkText(here, QStringLiteral("action tooltip"), a->toolTip());
        checkText(here, QStringLiteral("action status tip"), a->statusTip());
        checkText(here, QStringLiteral("action what's this"), a->whatsThis());
        if (a->menu() && a->menu() != menu)
            inspectMenu(a->menu(), here);
        if (auto *wa = qobject_cast<QWidgetAction *>(a); wa && wa->defaultWidget() && wa->defaultWidget()->isVisible())
            inspect(wa->defaultWidget());
    }
}

void WindowWalker::inspectWidget(QWidget *w)
{
    const QString path = objectPath(w);
    QStringList own;  // texts the widget is given, to tell elision from a source "…"
    auto check = [&](const QString &what, const QString &text) {
        checkText(path, what, text);
        own << text;
    };
    if (w->isWindow() || qobject_cast<QDockWidget *>(w))
        check(QStringLiteral("title"), w->windowTitle());
    check(QStringLiteral("tooltip"), w->toolTip());
    check(QStringLiteral("status tip"), w->statusTip());
    check(QStringLiteral("what's this"), w->whatsThis());
    check(QStringLiteral("accessible name"), w->accessibleName());

    if (auto *l = qobject_cast<QLabel *>(w)) {
        check(QStringLiteral("label"), l->text());
    } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        check(QStringLiteral("button"), b->text());
        if (b->actions().isEmpty() && qobject_cast<QToolButton *>(b) && static_cast<QToolButton *>(b)->menu())
            inspectMenu(static_cast<QToolButton *>(b)->menu(), path);
        if (auto *pb = qobject_cast<QPushButton *>(b); pb && pb->menu())
            inspectMenu(pb->menu(), path);
    } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
        check(QStringLiteral("group"), g->title());
    } else if (auto *t = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < t->count(); ++i) {
            check(QStringLiteral("tab"), t->tabText(i));
            check(QStringLiteral("tab tooltip"), t->tabToolTip(i));
        }
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < c->count(); ++i) {
            check(QStringLiteral("combo item"), c->itemText(i));
            check(QStringLiteral("combo item tooltip"), c->itemData(i, Qt::ToolTipRole).toString());
        }
        check(QStringLiteral("placeholder"), c->placeholderText());
    } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
        check(QStringLiteral("placeholder"), e->placeholderText());
    } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
        check(QStringLiteral("prefix"), s->prefix());
        check(QStringLiteral("suffix"), s->suffix());
        check(QStringLiteral("special value"), s->specialValueText());
    } else if (auto *d = qobject_cast<QDoubleSpinBox *>(w)) {
        check(QStringLiteral("prefix"), d->prefix());
        check(QStringLiteral("suffix"), d->suffix());
        check(QStringLiteral("special value"), d->specialValueText());
    } else if (auto *p = qobject_cast<QProgressBar *>(w)) {
        if (p->isTextVisible())
            check(QStringLiteral("progress"), p->text());
    } else if (auto *tb = qobject_cast<QTextBrowser *>(w)) {
        check(QStringLiteral("text"), tb->toPlainText());
    } else if (auto *te = qobject_cast<QTextEdit *>(w)) {
        check(QStringLiteral("placeholder"), te->placeholderText());
    } else if (auto *pe = qobject_cast<QPlainTextEdit *>(w)) {
        check(QStringLiteral("placeholder"), pe->placeholderText());
    } else if (qobject_cast<QHeaderView *>(w)) {
        // its titles are checked with the view's model
    } else if (qobject_cast<QAbstractItemView *>(w)) {
        inspectModel(w, path);
    } else if (auto *v = qobject_cast<QGraphicsView *>(w); v && v->scene()) {
        const auto items = v->scene()->items();
        for (QGraphicsItem *item : items) {
            checkText(path, QStringLiteral("map item tooltip"), item->toolTip());
            if (auto *st = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                checkText(path, QStringLiteral("map text"), st->text());
            else if (auto *tt = dynamic_cast<QGraphicsTextItem *>(item))
                checkText(path, QStringLiteral("map text"), tt->toPlainText());
        }
    }
    const auto actions = w->actions();
    for (QAction *a : actions) {
        own << a->text() << a->iconText() << a->shortcut().toString(QKeySequence::NativeText);
        if (!qobject_cast<QMenu *>(w)) {
            checkText(path, QStringLiteral("action"), a->text());
            checkText(path, QStringLiteral("action tooltip"), a->toolTip());
            checkText(path, QStringLiteral("action status tip"), a->statusTip());
        }
    }
    if (auto *menu = qobject_cast<QMenu *>(w))
        inspectMenu(menu, path);
    checkPainted(w, path, own);
    checkFits(w, path);
}

void WindowWalker::inspectModel(QWidget *widget, const QString &path)
{
    auto *view = static_cast<QAbstractItemView *>(widget);
    const QAbstractItemModel *m = view->model();
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(); ++c) {
        checkText(path, QStringLiteral("header"), m->headerData(c, Qt::Horizontal).toString());
        checkText(path, QStringLiteral("header tooltip"), m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    const bool rowHeaders = qobject_cast<QTableView *>(view) && static_cast<QTableView *>(view)->verticalHeader()->isVisible();
    // Cells: a few hundred rows are enough to meet every kind of fixed text (states,
    // enumerations, units) a column can hold; the rest is the same column again.
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        const int rows = std::min(m->rowCount(parent), 300);
        for (int r = 0; r < rows; ++r) {
            if (rowHeaders && !parent.isValid())
                checkText(path, QStringLiteral("row header"), m->headerData(r, Qt::Vertical).toString());
            for (int c = 0; c < m->columnCount(parent); ++c) {
                const QModelIndex i = m->index(r, c, parent);
                const QVariant display = i.data(Qt::DisplayRole);
                if (display.typeId() == QMetaType::QString)
                    checkText(path, QStringLiteral("cell"), display.toString());
                checkText(path, QStringLiteral("cell tooltip"), i.data(Qt::ToolTipRole).toString());
            }
            if (depth < 3 && m->hasChildren(m->index(r, 0, parent)))
                walk(m->index(r, 0, parent), depth + 1);
        }
    };
    walk(QModelIndex(), 0);
}

void WindowWalker::checkPainted(QWidget *w, const QString &path, const QStringList &ownTexts)
{
    // What a line edit paints is the user's input (its placeholder is checked above).
    if (qobject_cast<QLineEdit *>(w))
        return;
    // Cells of item views are checked through their model; a header is looked at for
    // elided titles only.
    auto *view = w->parentWidget() ? qobject_cast<QAbstractItemView *>(w->parentWidget()) : nullptr;
    const bool viewport = view && view->viewport() == w;
    if (viewport && !qobject_cast<QHeaderView *>(view))
        return;
    QStringList painted;
    if (auto *plot = qobject_cast<QCustomPlot *>(w)) {
        // The plot paints from a buffer pixmap: draw it once more, straight to the recorder.
        TextRecorder device(plot->size());
        QCPPainter painter(&device);
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.end();
        painted = device.texts();
    } else {
        painted = TextRecorder::paintedText(w);
    }
    QStringList own = ownTexts;
    if (viewport && view->model()) {
        auto *header = static_cast<QHeaderView *>(view);
        for (int i = 0; i < header->count(); ++i)
            own << view->model()->headerData(i, header->orientation()).toString();
    }
    for (QString &o : own)
        o.remove(u'&');
    const bool elides = viewport || qobject_cast<QTabBar *>(w) || qobject_cast<QLabel *>(w)
                        || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w);
    for (const QString &t : painted) {
        // Text is painted in runs (a mnemonic's underlined letter is one): a run that is part
        // of a text the widget was given has been checked whole already.
        const QString stem = t.left(t.indexOf(kEllipsis)).trimmed();
        bool given = false, givenElided = false;
        for (const QString &o : std::as_const(own)) {
            given = given || (!stem.isEmpty() && o.contains(stem));
            givenElided = givenElided || (o.contains(kEllipsis) && o.contains(stem));
        }
        if (!given && !viewport)
            checkText(path, QStringLiteral("painted"), t);
        if (elides && t.contains(kEllipsis) && !givenElided)
            reportCut(path, t, 0, 0);
    }
}

void WindowWalker::checkFits(QWidget *w, const QString &path)
{
    if (auto *l = qobject_cast<QLabel *>(w)) {
        if (l->text().isEmpty() || l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text()))
            return;
        if (!l->wordWrap()) {
            const int need = l->sizeHint().width();
            if (need > l->width() + 1)
                reportCut(path, l->text(), need, l->width());
        } else if (l->heightForWidth(l->width()) > l->height() + 1) {
            reportCut(path, l->text(), l->heightForWidth(l->width()), l->height());
        }
    } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        if (b->text().isEmpty() || qobject_cast<QTabBar *>(w->parentWidget()))
            return;
        const int need = b->sizeHint().width();
        if (need > b->width() + 1)
            reportCut(path, b->text(), need, b->width());
    } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
        const int need = g->fontMetrics().horizontalAdvance(g->title()) + 16;
        if (!g->title().isEmpty() && need > g->width())
            reportCut(path, g->title(), need, g->width());
    }
}

} // namespace atlas::test
