#pragma once

#include <QDialog>

namespace atlas {

/** Version, licence (GPL-3.0-or-later), the libraries used and where the data comes from. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString text();
};

} // namespace atlas
