#include "problemsdock.h"

#include "entityfields.h"
#include "problemtext.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

namespace atlas {

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(parent)
    , mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ProblemsDock"));
    mTree->setRootIsDecorated(false);
    mTree->setColumnCount(2);
    mTree->setAlternatingRowColors(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWidget(mTree);
    mRebuild.setSingleShot(true);
    mRebuild.setInterval(200);
    connect(&mRebuild, &QTimer::timeout, this, &ProblemsDock::rebuild);
    connect(mTree, &QTreeWidget::itemActivated, this, &ProblemsDock::activate);
    mTree->setHeaderLabels({tr("Problem"), tr("Place")});
    setWindowTitle(tr("Problems"));
}

void ProblemsDock::setDocument(Document *doc)
{
    if (mDoc)
        disconnect(mDoc->notifier(), nullptr, this, nullptr);
    mDoc = doc;
    if (doc) {
        connect(doc->notifier(), &DocumentNotifier::projectChanged, this, [this] { mRebuild.start(); });
        connect(doc->notifier(), &DocumentNotifier::reset, this, [this] { mRebuild.start(); });
    }
    rebuild();
}

int ProblemsDock::problemCount() const
{
    return mTree->topLevelItemCount();
}

void ProblemsDock::activateProblem(int i)
{
    if (auto *item = mTree->topLevelItem(i))
        activate(item);
}

void ProblemsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        mTree->setHeaderLabels({tr("Problem"), tr("Place")});
        setWindowTitle(tr("Problems"));
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

void ProblemsDock::rebuild()
{
    mTree->clear();
    int errors = 0;
    int warnings = 0;
    if (mDoc) {
        const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        QList<QTreeWidgetItem *> items;
        for (const auto &p : mDoc->problems()) {
            const bool isError = p.severity == Severity::Error;
            (isError ? errors : warnings)++;
            auto *item = new QTreeWidgetItem({problemMessage(p), QString::fromStdString(p.path)});
            item->setIcon(0, isError ? errorIcon : warningIcon);
            item->setToolTip(0, problemMessage(p));
            item->setData(0, Qt::UserRole, QString::fromStdString(p.path));
            items << item;
        }
        mTree->addTopLevelItems(items);
    }
    if (errors + warnings == 0)
        setWindowTitle(tr("Problems"));
    else
        setWindowTitle(tr("Problems (%1 errors, %2 warnings)").arg(errors).arg(warnings));
    Q_EMIT countsChanged(errors, warnings);
}

void ProblemsDock::activate(QTreeWidgetItem *item)
{
    EntityList list;
    int row = 0;
    std::string field;
    if (!parseProblemPath(item->data(0, Qt::UserRole).toString().toStdString(), &list, &row, &field))
        return;
    Q_EMIT cellRequested(list, row, std::max(0, columnForField(list, field)));
}

} // namespace atlas
