#include "boundaryimportdialog.h"

#include "geo/boundaryimport.h"
#include "problemtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace atlas {

namespace {

QString degrees(double value, bool longitude)
{
    const QString hemisphere = longitude ? (value < 0 ? BoundaryImportDialog::tr("W") : BoundaryImportDialog::tr("E"))
                                         : (value < 0 ? BoundaryImportDialog::tr("S") : BoundaryImportDialog::tr("N"));
    return BoundaryImportDialog::tr("%1°%2").arg(QLocale().toString(std::abs(value), 'f', 2), hemisphere);
}

} // namespace

BoundaryImportDialog::BoundaryImportDialog(QWidget *parent)
    : QDialog(parent)
    , mFile(new QLineEdit(this))
    , mName(new QLineEdit(this))
    , mSource(new QLineEdit(this))
    , mApproval(new QLineEdit(this))
    , mEncoding(new QComboBox(this))
    , mPreview(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Official Boundaries"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFile, 1);
    fileRow->addWidget(browse);
    mFile->setPlaceholderText(tr("GeoJSON, GeoPackage or Shapefile"));

    mName->setPlaceholderText(tr("e.g. Provincial boundaries"));
    mSource->setPlaceholderText(tr("e.g. Ministry of Natural Resources standard map service"));
    mApproval->setPlaceholderText(tr("e.g. GS(2024)0650号"));
    mEncoding->addItem(tr("Automatic (.cpg file, else UTF-8 or GBK)"), QStringLiteral("auto"));
    mEncoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    mEncoding->addItem(tr("GBK (Chinese)"), QStringLiteral("GBK"));
    mEncoding->setToolTip(tr("How shapefile attribute text is encoded when no .cpg file says"));

    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setWordWrap(true);
    mPreview->setTextFormat(Qt::PlainText);
    mPreview->setMinimumHeight(mPreview->fontMetrics().height() * 3);
    mPreview->setText(tr("Choose a boundary file to see what it holds."));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mFile);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Source:"), mSource);
    form->addRow(tr("Map &approval number (审图号):"), mApproval);
    form->addRow(tr("Text &encoding:"), mEncoding);

    auto *note = new QLabel(tr("Boundaries are stored in the project with their source and approval number, "
                               "which are shown on the map and in reports."), this);
    note->setWordWrap(true);

    mImport = mButtons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    mImport->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mPreview);
    layout->addWidget(note);
    layout->addWidget(mButtons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &BoundaryImportDialog::browse);
    connect(mFile, &QLineEdit::editingFinished, this, &BoundaryImportDialog::reload);
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &BoundaryImportDialog::reload);
    connect(mName, &QLineEdit::textChanged, this, &BoundaryImportDialog::updateButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

std::optional<BoundaryLayer> BoundaryImportDialog::importLayer(QWidget *parent)
{
    BoundaryImportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport() || dialog.isLoading())
        return std::nullopt;
    return dialog.layer();
}

void BoundaryImportDialog::setFile(const QString &path)
{
    mFile->setText(path);
    reload();
}

BoundaryLayer BoundaryImportDialog::layer() const
{
    BoundaryLayer out = mLayer.value_or(BoundaryLayer{});
    out.name = mName->text().trimmed().toStdString();
    out.source = mSource->text().trimmed().toStdString();
    out.approvalNumber = mApproval->text().trimmed().toStdString();
    return out;
}

void BoundaryImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Official Boundaries"), QFileInfo(mFile->text()).absolutePath(),
        tr("Boundary files (*.geojson *.json *.gpkg *.shp);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;"
           "ESRI Shapefile (*.shp)"));
    if (!path.isEmpty())
        setFile(path);
}

void BoundaryImportDialog::reload()
{
    mLayer.reset();
    ++mGeneration;
    const QString path = mFile->text().trimmed();
    mPreview->setStyleSheet(QString());
    if (path.isEmpty()) {
        mLoading = false;
        mPreview->setText(tr("Choose a boundary file to see what it holds."));
        updateButtons();
        return;
    }
    mLoading = true;
    mPreview->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    updateButtons();

    // Reading a province-level file takes a second or two: off the GUI thread. The thread
    // owns its inputs and result; a stale or orphaned result is simply dropped.
    ImportOptions options;
    options.encoding = mEncoding->currentData().toString().toStdString();
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([outcome, options, file = path.toStdString()] {
        outcome->result = importBoundaries(file, options, &outcome->stats);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this,
            [this, outcome, path, generation = mGeneration] { showOutcome(outcome, path, generation); });
    thread->start();
}

void BoundaryImportDialog::showOutcome(const std::shared_ptr<Outcome> &outcome, const QString &path, int generation)
{
    if (generation != mGeneration)
        return;
    mLoading = false;
    auto &result = outcome->result;
    if (!result) {
        mPreview->setStyleSheet(QStringLiteral("color: #b00020;"));
        mPreview->setText(result.problems.empty() ? tr("The file cannot be imported.")
                                                  : problemMessage(result.problems.front()));
        updateButtons();
        Q_EMIT previewReady();
        return;
    }
    const BoundaryStats &stats = outcome->stats;
    mLayer = std::move(*result.value);
    const QLocale locale;
    mPreview->setText(tr("%n boundaries, %1 polygons, %2 points.", nullptr, int(stats.features))
                          .arg(locale.toString(qulonglong(stats.polygons)), locale.toString(qulonglong(stats.vertices)))
                      + QLatin1Char('\n')
                      + tr("Extent: %1 to %2, %3 to %4.")
                            .arg(degrees(stats.minLon, true), degrees(stats.maxLon, true),
                                 degrees(stats.minLat, false), degrees(stats.maxLat, false)));
    const QString fileName = QFileInfo(path).completeBaseName();
    if (mName->text().isEmpty() || mName->text() == mAutoName) {
        mAutoName = fileName;
        mName->setText(fileName);
    }
    updateButtons();
    Q_EMIT previewReady();
}

void BoundaryImportDialog::updateButtons()
{
    mImport->setEnabled(!mLoading && mLayer.has_value() && !mName->text().trimmed().isEmpty());
}

} // namespace atlas
