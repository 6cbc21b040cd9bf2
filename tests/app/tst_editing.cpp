// Editing through the table models: every edit an undoable command, invalid edits refused.

#include "apptestutil.h"
#include "choicedelegate.h"
#include "editcommands.h"
#include "entityfields.h"
#include "entitytablemodel.h"
#include "tabularimport.h"
#include "language.h"
#include "vocabulary.h"

#include <QComboBox>

#include <QtTest>

using namespace atlas;

class TestEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentManager> mManager;
    test::TempDir mTemp;

    Document *openDemo()
    {
        mManager = test::quietManager(QString::fromStdString(mTemp.path("recovery")));
        if (!mManager->openFile(test::demoYaml()))
            return nullptr;
        return mManager->document();
    }
    static int column(const EntityList &list, const char *key)
    {
        return columnForField(list, key);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void editUndoRedo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("centre pue") << int(EntityKind::Center) << "pue" << "1.45";
        QTest::newRow("tenant name, Chinese") << int(EntityKind::Tenant) << "name" << "长沙汽车二厂";
        QTest::newRow("tenant demand base") << int(EntityKind::Tenant) << "demand.base" << "77.5";
        QTest::newRow("inventory count") << int(EntityKind::Inventory) << "count" << "1234";
        QTest::newRow("optional cleared") << int(EntityKind::Tenant) << "max_latency_ms" << "";
        QTest::newRow("scenario policy") << int(EntityKind::Scenario) << "policy" << "nearest";
    }
    void editUndoRedo()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, text);
        Document *doc = openDemo();
        QVERIFY(doc);
        const EntityList list{EntityKind(kind), -1};
        EntityTableModel model(doc, list);
        const int col = column(list, field.toStdString().c_str());
        QVERIFY(col >= 0);
        const Project before = doc->project();
        int row = 0;
        while (row + 1 < model.rowCount() && model.data(model.index(row, col), Qt::EditRole).toString() == text)
            ++row;
        const QModelIndex cell = model.index(row, col);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(cell, text));
        QVERIFY(!changed.isEmpty());  // the model heard of it through the notifier
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), text);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        const Project after = doc->project();
        QVERIFY(!(after == before));

        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);
        QVERIFY(!doc->isModified());
        doc->undoStack()->redo();
        QVERIFY(doc->project() == after);
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), text);
    }

    void refusedEdit_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("pue below one") << int(EntityKind::Center) << "pue" << "0.8";
        QTest::newRow("not a number") << int(EntityKind::Center) << "lat" << "north";
        QTest::newRow("negative count") << int(EntityKind::Inventory) << "count" << "-5";
        QTest::newRow("fractional count") << int(EntityKind::Inventory) << "count" << "2.5";
        QTest::newRow("unknown region") << int(EntityKind::Tenant) << "region" << "ATLANTIS";
        QTest::newRow("bad month") << int(EntityKind::Inventory) << "from" << "2026/03";
        QTest::newRow("duplicate id") << int(EntityKind::Scenario) << "id" << "use";
        QTest::newRow("unknown workload") << int(EntityKind::Tenant) << "workload" << "mining";
        QTest::newRow("empty ecosystems") << int(EntityKind::Tenant) << "ecosystems" << "";
    }
    void refusedEdit()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, text);
        Document *doc = openDemo();
        QVERIFY(doc);
        const EntityList list{EntityKind(kind), -1};
        EntityTableModel model(doc, list);
        const int col = column(list, field.toStdString().c_str());
        QVERIFY(col >= 0);
        const Project before = doc->project();
        QSignalSpy refused(&model, &EntityTableModel::editRefused);
        const QModelIndex cell = model.index(0, col);
        QVERIFY(!model.setData(cell, text));
        QVERIFY(doc->project() == before);          // never stored
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isModified());
        QCOMPARE(refused.count(), 1);
        const QString reason = refused.first().first().toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), reason);  // the reason at the cell
        QVERIFY(model.data(cell, Qt::BackgroundRole).isValid());         // and the cell marked
    }

    void addDuplicateDelete()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        const EntityList tenants{EntityKind::Tenant, -1};
        EntityTableModel model(doc, tenants);
        const int n = model.rowCount();
        const int copy = edit::duplicateEntity(*doc, tenants, 0);
        QCOMPARE(copy, 1);
        QCOMPARE(model.rowCount(), n + 1);
        const auto &t = doc->project().tenants;
        QVERIFY(t[1].id != t[0].id);                // a fresh id, everything else equal
        QCOMPARE(t[1].name, t[0].name);
        QVERIFY(edit::removeEntities(*doc, tenants, {1}));
        QCOMPARE(model.rowCount(), n);
        QVERIFY(edit::addEntity(*doc, tenants) == n);
        QCOMPARE(model.rowCount(), n + 1);
        QCOMPARE(doc->undoStack()->count(), 3);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), n);
        QVERIFY(!doc->isModified());
    }

    void deleteReferencedRegionIsRefused()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        const Project before = doc->project();
        const edit::Outcome outcome = edit::removeEntities(*doc, EntityList{EntityKind::Region, -1}, {0});
        QVERIFY(!outcome);
        QVERIFY(!outcome.reason.isEmpty());
        QVERIFY(doc->project() == before);
    }

    void pasteTabSeparatedRows()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        const Project &p = doc->project();
        const QString region = QString::fromStdString(p.regions.front().id);
        const int n = static_cast<int>(p.regions.size());
        const QString text = QStringLiteral("XA\t西安新区\t34.3\t108.9\r\nXB\t咸阳\t34.33\t108.7\n");
        QVERIFY(pasteRows(*doc, EntityList{EntityKind::Region, -1}, text, 0));
        QCOMPARE(static_cast<int>(p.regions.size()), n + 2);
        QCOMPARE(p.regions[n].name, std::string("西安新区"));
        QCOMPARE(p.regions[n + 1].lon, 108.7);
        QCOMPARE(doc->undoStack()->count(), 1);     // one step for the whole paste
        // A row that does not parse refuses the whole paste.
        QVERIFY(!pasteRows(*doc, EntityList{EntityKind::Region, -1}, QStringLiteral("XC\tx\tnorth\t1\n"), 0));
        QCOMPARE(static_cast<int>(p.regions.size()), n + 2);
        Q_UNUSED(region)
    }

    void csvWithMapping()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        const Project &p = doc->project();
        const std::string center = p.centers.front().id;
        const std::string chip = p.chips.front().id;
        const QString csv = QStringLiteral("count;site;model;start\n512;%1;%2;2027-01\nlots;%1;%2;\n")
                                .arg(QString::fromStdString(center), QString::fromStdString(chip));
        const auto rows = parseCsv(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2][0], QStringLiteral("lots"));
        const EntityList inv{EntityKind::Inventory, -1};
        std::vector<int> mapping = guessMapping(inv, rows[0]);
        QCOMPARE(mapping[0], columnForField(inv, "count"));   // guessed from the header
        QCOMPARE(mapping[1], -1);                             // unknown names need the user
        mapping[1] = columnForField(inv, "center");
        mapping[2] = columnForField(inv, "chip");
        mapping[3] = columnForField(inv, "from");
        std::vector<EntityValue> values;
        QString reason;
        QVERIFY(!entitiesFromRows(p, inv, rows.mid(1), mapping, &values, &reason));  // "lots" is no count
        QVERIFY(reason.contains(QStringLiteral("2")));
        values.clear();
        QVERIFY(entitiesFromRows(p, inv, rows.mid(1, 1), mapping, &values, &reason));
        const size_t n = p.inventory.size();
        QVERIFY(edit::addEntities(*doc, inv, values, QStringLiteral("csv")));
        QCOMPARE(p.inventory.size(), n + 1);
        QCOMPARE(p.inventory.back().count, 512);
        QCOMPARE(p.inventory.back().center, center);
        QVERIFY(p.inventory.back().from.has_value());
    }

    void problemPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("field");
        QTest::newRow("tenant field") << "tenants[3].demand.from" << true << int(EntityKind::Tenant) << -1 << 3 << "demand.from";
        QTest::newRow("overlay") << "scenarios[1].add_inventory[0].chip" << true << int(EntityKind::Inventory) << 1 << 0 << "chip";
        QTest::newRow("scenario itself") << "scenarios[2].policy" << true << int(EntityKind::Scenario) << -1 << 2 << "policy";
        QTest::newRow("whole row") << "regions[12]" << true << int(EntityKind::Region) << -1 << 12 << "";
        QTest::newRow("not an entity") << "periods.count" << false << 0 << 0 << 0 << "";
        QTest::newRow("garbage index") << "tenants[x].id" << false << 0 << 0 << 0 << "";
    }
    void problemPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        EntityList list;
        int gotRow = -1;
        std::string gotField;
        QCOMPARE(parseProblemPath(path.toStdString(), &list, &gotRow, &gotField), ok);
        if (!ok)
            return;
        QFETCH(int, kind);
        QFETCH(int, scenario);
        QFETCH(int, row);
        QFETCH(QString, field);
        QCOMPARE(int(list.kind), kind);
        QCOMPARE(list.scenario, scenario);
        QCOMPARE(gotRow, row);
        QCOMPARE(QString::fromStdString(gotField), field);
    }

    // Workload and policy are stored as English ids but shown and picked by their label
    // in the UI language; the combo writes the id and the edit is undoable.
    void choiceShownAndEditedByLabel()
    {
        Document *doc = openDemo();
        QVERIFY(doc);
        setLanguage(QStringLiteral("zh_CN"));
        const EntityList list{EntityKind::Tenant, -1};
        EntityTableModel model(doc, list);
        const int col = column(list, "workload");
        QVERIFY(col >= 0);
        const QModelIndex cell = model.index(0, col);
        const QString id = model.data(cell, Qt::EditRole).toString();
        const QString shown = model.data(cell, Qt::DisplayRole).toString();
        QCOMPARE(id, QString::fromStdString(toString(doc->project().tenants[0].workload)));
        QCOMPARE(shown, vocabularyLabel(id));
        QVERIFY2(shown != id, qPrintable(shown));  // translated, not the id
        const int industryCol = column(list, "industry");
        const QString industry = model.data(model.index(0, industryCol), Qt::EditRole).toString();
        QVERIFY2(model.data(model.index(0, industryCol), Qt::DisplayRole).toString() != industry, qPrintable(industry));

        ChoiceDelegate delegate;
        QWidget parent;
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), cell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        delegate.setEditorData(combo, cell);
        QCOMPARE(combo->currentText(), shown);
        const int other = combo->findData(id == u"video" ? QStringLiteral("hpc") : QStringLiteral("video"));
        QVERIFY(other >= 0);
        QCOMPARE(combo->itemText(other), vocabularyLabel(combo->itemData(other).toString()));
        combo->setCurrentIndex(other);
        delegate.setModelData(combo, &model, cell);
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), combo->itemData(other).toString());
        doc->undoStack()->undo();
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), id);
        setLanguage(QStringLiteral("en"));
        QCOMPARE(model.data(cell, Qt::DisplayRole).toString(), vocabularyLabel(id));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
