#include "editorarea.h"

#include "dashboardview.h"
#include "entitytableeditor.h"
#include "entityvalue.h"
#include "map/mapview.h"
#include "mappanel.h"
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
    delete mMap;
    mResults = nullptr;
    mDashboards = nullptr;
    mMap = nullptr;
    if (!doc)
        return;
    for (int k = 0; k < kEntityKindCount; ++k)
        editor(EntityList{static_cast<EntityKind>(k), -1});
    mMap = new MapPanel(doc, this);
    addTab(mMap, QString());
    connect(mMap, &MapPanel::entitySelected, this, &EditorArea::selectEntity);
    connect(mMap, &MapPanel::statusMessage, this, &EditorArea::statusMessage);
    mResults = new ResultsBrowser(doc, this);
    addTab(mResults, QString());
    mDashboards = new DashboardView(doc, this);
    addTab(mDashboards, QString());
    connect(mDashboards, &DashboardView::entityRequested, this, &EditorArea::selectEntity);
    connect(mDashboards, &DashboardView::scenarioRequested, this, [this](const QString &id) {
        for (int row = 0; mDoc && row < static_cast<int>(mDoc->project().scenarios.size()); ++row)
            if (QString::fromStdString(mDoc->project().scenarios[row].id) == id)
                selectEntity(EntityList{EntityKind::Scenario, -1}, row);
    });
    for (QWidget *w : {static_cast<QWidget *>(mMap), static_cast<QWidget *>(mResults), static_cast<QWidget *>(mDashboards)})
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
    connect(e, &EntityTableEditor::currentRowChanged, this, &EditorArea::syncMapSelection);
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

void EditorArea::showMap()
{
    if (mMap)
        setCurrentWidget(mMap);
}

void EditorArea::selectEntity(const EntityList &list, int row)
{
    if (!mDoc || row < 0)
        return;
    EntityTableEditor *e = nullptr;
    if (!list.isOverlay()) {
        e = editor(list);
    } else {
        for (auto *existing : std::as_const(mEditors))
            if (existing->model()->list() == list)
                e = existing;
    }
    if (e)
        e->selectCell(row, 0);  // emits currentRowChanged: the map and the properties follow
    else
        syncMapSelection(list, row);
}

void EditorArea::syncMapSelection(const EntityList &list, int row)
{
    if (!mMap || !mDoc || row < 0 || row >= entityCount(mDoc->project(), list))
        return;
    const EntityValue value = entityAt(mDoc->project(), list, row);
    switch (list.kind) {
    case EntityKind::Region:
        mMap->selectEntity(MapEntityKind::Region, QString::fromStdString(entityId(value)));
        break;
    case EntityKind::Center:
        mMap->selectEntity(MapEntityKind::Center, QString::fromStdString(entityId(value)));
        break;
    case EntityKind::Link: {
        const auto &l = std::get<Link>(value);
        mMap->selectEntity(MapEntityKind::Link, QString::fromStdString(l.from + '/' + l.to));
        break;
    }
    default:
        break;
    }
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
    if (mMap)
        setTabText(indexOf(mMap), tr("Map"));
    if (mResults)
        setTabText(indexOf(mResults), tr("Results"));
    if (mDashboards)
        setTabText(indexOf(mDashboards), tr("Dashboards"));
}

} // namespace atlas
