#pragma once

#include "geo/geolayer.h"
#include "model/problem.h"
#include "storage/projectfile.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace atlas {

/**
 * Imports official boundaries (GeoJSON, GeoPackage, ESRI Shapefile) with their name,
 * source and map approval number (审图号). The file is read as soon as it is chosen (and
 * again when the encoding changes) so that the preview shows the feature count and
 * bounds, or the reason it is refused; Import stays disabled until the file reads.
 *
 * The dialog edits nothing: the caller stores layer() (through an undo command).
 */
class BoundaryImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BoundaryImportDialog(QWidget *parent = nullptr);

    /** Runs the dialog; the imported layer, or nothing when cancelled. */
    static std::optional<BoundaryLayer> importLayer(QWidget *parent);

    /** Sets the file (as if chosen) and starts reading it; previewReady() follows. */
    void setFile(const QString &path);
    /** The layer with the name, source and approval number as entered; valid after accept(). */
    BoundaryLayer layer() const;
    /** Whether the chosen file read without problems. */
    bool canImport() const { return !mLoading && mLayer.has_value(); }
    /** Whether a file is being read (in a worker thread). */
    bool isLoading() const { return mLoading; }

Q_SIGNALS:
    /** The chosen file has been read: the preview shows what it holds, or why it is refused. */
    void previewReady();

private:
    struct Outcome {
        Result<BoundaryLayer> result;
        BoundaryStats stats;
    };

    void browse();
    void showOutcome(const std::shared_ptr<Outcome> &outcome, const QString &path, int generation);
    void reload();
    void updateButtons();

    QLineEdit *mFile;
    QLineEdit *mName;
    QLineEdit *mSource;
    QLineEdit *mApproval;
    QComboBox *mEncoding;
    QLabel *mPreview;
    QDialogButtonBox *mButtons;
    QPushButton *mImport = nullptr;
    std::optional<BoundaryLayer> mLayer;
    int mGeneration = 0;
    bool mLoading = false;
    QString mAutoName;  ///< the name filled in from the file, replaced when another file is chosen
};

} // namespace atlas
