#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QFormLayout;

namespace atlas {

/** Language (applied at once, live), default folder, organisation name for reports. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Applies the saved language at start-up. */
    static void applySavedLanguage();
    static QString organisation();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void accept() override;

    QComboBox *mLanguage;
    QLineEdit *mFolder;
    QLineEdit *mOrganisation;
    QFormLayout *mForm;
};

} // namespace atlas
