#include "editorarea.h"

#include "dashboardview.h"
#include "entitytableeditor.h"
#include "resultsbrowser.h"

#include <QEvent>
#include <QLabel>
#include <QTabBar>

namespace atlas {
namespace {

QString tabTitle(const Document *doc, const EntityList &list)
{
    if (!list.isOverlay() || !doc || list.scenario >= static_cast<int>(doc->project().scenarios.size()))
        return kindTitle(list.kind);
    const auto &s = doc->project().scenarios[list.scenario];
    return EditorArea::tr("%1: added %2").arg(QString::fromStdString(s.id), kindTitle(list.kind).toLower());
}

} // namespace

EditorArea::EditorArea(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setMovable(true);
    setTabsClosable(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int i) {
        auto *w = qobject_cast<EntityTableEditor *>(widget(i));
        if (w && w->model()->list().isOverlay()) {
            mEditors.removeAll(w);
            removeTab(i);
            w->deleteLater();
        }
    });
}

void EditorArea::setDocument(Document *doc)
{
    mDoc = doc;
    clear();
    qDeleteAll(mEditors);
    mEditors.clear();
    delete mResults;
    delete mDashboards;
    delete mMapPlaceholder;
    mResults = nullptr;
    mDashboards = nullptr;
    mMapPlaceholder = nullptr;
    if (!doc)
        return;
    for (int k = 0; k < kEntityKindCount; ++k)
        editor(EntityList{static_cast<EntityKind>(k), -1});
    // The map view (views/map) plugs in here when it lands.
    auto *map = new QLabel(this);
    map->setAlignment(Qt::AlignCenter);
    mMapPlaceholder = map;
    addTab(map, QString());
    mResults = new ResultsBrowser(doc, this);
    addTab(mResults, QString());
    mDashboards = new DashboardView(doc, this);
    addTab(mDashboards, QString());
    for (QWidget *w : {mMapPlaceholder, static_cast<QWidget *>(mResults), static_cast<QWidget *>(mDashboards)})
        tabBar()->setTabButton(indexOf(w), QTabBar::RightSide, nullptr);
    retranslate();
    setCurrentIndex(static_cast<int>(EntityKind::Tenant));
}

EntityTableEditor *EditorArea::editor(const EntityList &list)
{
    for (auto *e : std::as_const(mEditors))
        if (e->model()->list() == list)
            return e;
    if (!mDoc)
        return nullptr;
    auto *e = new EntityTableEditor(mDoc, list, this);
    mEditors << e;
    const int index = list.isOverlay() ? addTab(e, tabTitle(mDoc, list)) : insertTab(mEditors.size() - 1, e, tabTitle(mDoc, list));
    if (!list.isOverlay())
        tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    connect(e, &EntityTableEditor::statusMessage, this, &EditorArea::statusMessage);
    connect(e, &EntityTableEditor::currentRowChanged, this, &EditorArea::currentRowChanged);
    return e;
}

EntityTableEditor *EditorArea::currentEditor() const
{
    return qobject_cast<EntityTableEditor *>(currentWidget());
}

void EditorArea::showList(const EntityList &list)
{
    if (auto *e = editor(list))
        setCurrentWidget(e);
}

void EditorArea::selectCell(const EntityList &list, int row, int column)
{
    if (auto *e = editor(list)) {
        setCurrentWidget(e);
        e->selectCell(row, column);
    }
}

void EditorArea::showResults(const QString &scenario)
{
    if (!mResults)
        return;
    setCurrentWidget(mResults);
    if (!scenario.isEmpty())
        mResults->showScenario(scenario);
}

void EditorArea::showDashboards()
{
    if (mDashboards)
        setCurrentWidget(mDashboards);
}

void EditorArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void EditorArea::retranslate()
{
    for (auto *e : std::as_const(mEditors))
        setTabText(indexOf(e), tabTitle(mDoc, e->model()->list()));
    if (mMapPlaceholder) {
        setTabText(indexOf(mMapPlaceholder), tr("Map"));
        static_cast<QLabel *>(mMapPlaceholder)->setText(tr("The map of regions, centres and links will appear here."));
    }
    if (mResults)
        setTabText(indexOf(mResults), tr("Results"));
    if (mDashboards)
        setTabText(indexOf(mDashboards), tr("Dashboards"));
}

} // namespace atlas
