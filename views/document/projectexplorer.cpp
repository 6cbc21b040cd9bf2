#include "projectexplorer.h"

#include "entityvalue.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace atlas {
namespace {

enum Role { KindRole = Qt::UserRole, ScenarioRole, TypeRole };
enum ItemType { ProjectItem, ListItem, ResultItem, FolderItem };

/** A stored ISO 8601 time stamp as a local time in the UI language's short format. */
QString localTime(const std::string &iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(iso);
}

} // namespace

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QDockWidget(parent)
    , mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ProjectExplorer"));
    mTree->setHeaderHidden(true);
    mTree->setColumnCount(2);
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWidget(mTree);
    mRebuild.setSingleShot(true);
    mRebuild.setInterval(50);
    connect(&mRebuild, &QTimer::timeout, this, &ProjectExplorer::rebuild);
    connect(mTree, &QTreeWidget::itemActivated, this, &ProjectExplorer::activate);
    connect(mTree, &QTreeWidget::itemClicked, this, &ProjectExplorer::activate);
    setWindowTitle(tr("Project"));
}

void ProjectExplorer::setDocument(Document *doc)
{
    if (mDoc)
        disconnect(mDoc->notifier(), nullptr, this, nullptr);
    mDoc = doc;
    if (doc) {
        auto *n = doc->notifier();
        auto later = [this] { mRebuild.start(); };
        connect(n, &DocumentNotifier::projectChanged, this, later);
        connect(n, &DocumentNotifier::resultsChanged, this, later);
        connect(n, &DocumentNotifier::projectSettingsChanged, this, later);
        connect(n, &DocumentNotifier::reset, this, later);
    }
    rebuild();
}

void ProjectExplorer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Project"));
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

void ProjectExplorer::rebuild()
{
    mTree->clear();
    if (!mDoc)
        return;
    const Project &p = mDoc->project();
    auto *root = new QTreeWidgetItem(mTree, {p.name.empty() ? tr("(unnamed project)") : QString::fromStdString(p.name)});
    root->setData(0, TypeRole, ProjectItem);
    root->setToolTip(0, tr("Project settings: name, periods, parameters"));
    auto addList = [](QTreeWidgetItem *parent, const EntityList &list, const QString &title, int count) {
        auto *item = new QTreeWidgetItem(parent, {title, QString::number(count)});
        item->setData(0, TypeRole, ListItem);
        item->setData(0, KindRole, static_cast<int>(list.kind));
        item->setData(0, ScenarioRole, list.scenario);
        item->setTextAlignment(1, Qt::AlignRight);
        return item;
    };
    for (int k = 0; k < kEntityKindCount; ++k) {
        const EntityList list{static_cast<EntityKind>(k), -1};
        auto *item = addList(root, list, kindTitle(list.kind), entityCount(p, list));
        if (list.kind != EntityKind::Scenario)
            continue;
        for (int s = 0; s < static_cast<int>(p.scenarios.size()); ++s) {
            const auto &sc = p.scenarios[s];
            auto *si = new QTreeWidgetItem(item, {QString::fromStdString(sc.name.empty() ? sc.id : sc.name)});
            si->setData(0, TypeRole, FolderItem);
            si->setToolTip(0, QString::fromStdString(sc.id));
            addList(si, {EntityKind::Center, s}, tr("Added centres"), static_cast<int>(sc.addCenters.size()));
            addList(si, {EntityKind::Inventory, s}, tr("Added inventory"), static_cast<int>(sc.addInventory.size()));
            addList(si, {EntityKind::Link, s}, tr("Added links"), static_cast<int>(sc.addLinks.size()));
        }
    }
    auto *results = new QTreeWidgetItem(root, {tr("Results")});
    results->setData(0, TypeRole, FolderItem);
    for (const auto &r : mDoc->data().results) {
        const QString id = QString::fromStdString(r.scenario);
        auto *item = new QTreeWidgetItem(results, {id, mDoc->isStale(r.scenario) ? tr("stale") : QString()});
        item->setData(0, TypeRole, ResultItem);
        item->setData(0, ScenarioRole, id);
        item->setToolTip(0, tr("Computed %1").arg(localTime(r.computedAt)));
    }
    mTree->expandToDepth(0);
}

void ProjectExplorer::highlightList(const EntityList &list)
{
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, TypeRole).toInt() == ListItem && item->data(0, KindRole).toInt() == static_cast<int>(list.kind)
            && item->data(0, ScenarioRole).toInt() == list.scenario) {
            const QSignalBlocker block(mTree);
            mTree->setCurrentItem(item);
            mTree->scrollToItem(item);
            return;
        }
    }
}

EntityList ProjectExplorer::currentList() const
{
    const QTreeWidgetItem *item = mTree->currentItem();
    if (!item || item->data(0, TypeRole).toInt() != ListItem)
        return EntityList{EntityKind::Region, -2};
    return EntityList{static_cast<EntityKind>(item->data(0, KindRole).toInt()), item->data(0, ScenarioRole).toInt()};
}

void ProjectExplorer::activate(QTreeWidgetItem *item)
{
    switch (item->data(0, TypeRole).toInt()) {
    case ProjectItem:
        Q_EMIT projectActivated();
        break;
    case ListItem:
        Q_EMIT listActivated(EntityList{static_cast<EntityKind>(item->data(0, KindRole).toInt()),
                                        item->data(0, ScenarioRole).toInt()});
        break;
    case ResultItem:
        Q_EMIT resultsActivated(item->data(0, ScenarioRole).toString());
        break;
    default:
        break;
    }
}

} // namespace atlas
