#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#ifndef ATLAS_VERSION
#define ATLAS_VERSION "0.0.0"
#endif

namespace atlas {

QString AboutDialog::text()
{
    return tr("<h2>ComputeAtlas 算力图谱 %1</h2>"
              "<p>Capacity planning for regional AI compute networks: build, use and ecosystems.</p>"
              "<p>Copyright © the ComputeAtlas authors. Licensed under the GNU General Public "
              "License, version 3 or (at your option) any later version (GPL-3.0-or-later). "
              "There is no warranty.</p>"
              "<p>Built with Qt %2 (LGPL-3.0 / GPL), QCustomPlot (GPL-3.0), yaml-cpp (MIT), "
              "SQLite (public domain), Boost.Graph (BSL-1.0), LEMON (Boost licence) and "
              "nlohmann/json (MIT).</p>"
              "<p>Data sources of the demo project (hub locations, accelerator datasheets) are listed "
              "in docs/data-sources.md; figures not confirmed there are marked as such.</p>")
        .arg(QStringLiteral(ATLAS_VERSION), QString::fromLatin1(qVersion()));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ComputeAtlas"));
    auto *label = new QLabel(text(), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    resize(520, 360);
}

} // namespace atlas
