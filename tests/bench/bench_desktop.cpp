// Desktop figures on the national project (5,000 tenants, 60 periods): the longest
// GUI-thread stall of open, edit, undo, sort, filter and scrolling the tenant table.
// Prints figures; not a test. Run offscreen: QT_QPA_PLATFORM=offscreen bench_desktop

#include "document.h"
#include "editcommands.h"
#include "entityfields.h"
#include "entitytableeditor.h"
#include "nationalgen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>
#include <functional>

using namespace atlas;

namespace {

double measure(const char *what, const std::function<void()> &f, int repeat = 1)
{
    double worst = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        QCoreApplication::processEvents();
        worst = std::max(worst, t.nsecsElapsed() / 1e6);
    }
    std::printf("%-40s %8.1f ms (longest of %d)\n", what, worst, repeat);
    return worst;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ProjectData data;
    data.project = bench::makeNational(5000, 60);
    std::unique_ptr<Document> doc;
    std::unique_ptr<EntityTableEditor> editor;
    const EntityList tenants{EntityKind::Tenant, -1};
    double longest = 0;
    longest = std::max(longest, measure("open (document + tenant table shown)", [&] {
        doc = std::make_unique<Document>(data);
        editor = std::make_unique<EntityTableEditor>(doc.get(), tenants);
        editor->resize(1600, 900);
        editor->show();
    }));
    const int base = columnForField(tenants, "demand.base");
    int k = 0;
    longest = std::max(longest, measure("edit a cell (validated, pushed)", [&] {
        editor->model()->setData(editor->model()->index(2500 + k, base), 10.0 + ++k);
    }, 10));
    longest = std::max(longest, measure("undo an edit", [&] { doc->undoStack()->undo(); }, 10));
    longest = std::max(longest, measure("redo an edit", [&] { doc->undoStack()->redo(); }, 10));
    longest = std::max(longest, measure("sort tenants by name", [&] {
        editor->view()->sortByColumn(1, Qt::AscendingOrder);
    }));
    longest = std::max(longest, measure("sort tenants by demand", [&] {
        editor->view()->sortByColumn(base, Qt::DescendingOrder);
    }));
    longest = std::max(longest, measure("filter (search box)", [&] { editor->setSearchText(QStringLiteral("1")); }));
    longest = std::max(longest, measure("clear filter", [&] { editor->setSearchText(QString()); }));
    QScrollBar *bar = editor->view()->verticalScrollBar();
    longest = std::max(longest, measure("scroll one page and repaint", [&] {
        bar->setValue(bar->value() + bar->pageStep());
        editor->view()->viewport()->repaint();
    }, 50));
    longest = std::max(longest, measure("edit while sorted", [&] {
        editor->model()->setData(editor->model()->index(10, base), 99.0);
    }, 5));
    std::printf("%-40s %8.1f ms\n", "longest GUI-thread stall", longest);
    return 0;
}
