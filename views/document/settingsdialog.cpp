#include "settingsdialog.h"

#include "settingskeys.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace atlas {
namespace {

const QString kLanguage = QStringLiteral("language");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguage(new QComboBox(this))
    , mFolder(new QLineEdit(this))
    , mOrganisation(new QLineEdit(this))
    , mForm(new QFormLayout)
{
    QSettings settings;
    mLanguage->addItem(QString(), QString());
    for (const QString &language : availableLanguages())
        mLanguage->addItem(languageName(language), language);
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(settings.value(kLanguage).toString())));
    mFolder->setText(settings.value(settingskeys::defaultFolder).toString());
    mOrganisation->setText(settings.value(settingskeys::organisation).toString());
    auto *browse = new QPushButton(QStringLiteral("…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(mFolder, 1);
    folderRow->addWidget(browse);
    auto *folderWidget = new QWidget(this);
    folderWidget->setLayout(folderRow);
    folderRow->setContentsMargins(0, 0, 0, 0);
    // Labels made here: addRow() with an empty text makes none, and retranslate() sets them.
    mForm->addRow(new QLabel(this), mLanguage);
    mForm->addRow(new QLabel(this), folderWidget);
    mForm->addRow(new QLabel(this), mOrganisation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(mForm);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Default folder"), mFolder->text());
        if (!folder.isEmpty())
            mFolder->setText(folder);
    });
    // Live: the whole app retranslates as soon as a language is picked.
    connect(mLanguage, &QComboBox::activated, this, [this] { setLanguage(mLanguage->currentData().toString()); });
    retranslate();
}

void SettingsDialog::applySavedLanguage()
{
    setLanguage(QSettings().value(kLanguage).toString());
}

QString SettingsDialog::organisation()
{
    return QSettings().value(settingskeys::organisation).toString();
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(kLanguage, mLanguage->currentData().toString());
    settings.setValue(settingskeys::defaultFolder, mFolder->text().trimmed());
    settings.setValue(settingskeys::organisation, mOrganisation->text().trimmed());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    mLanguage->setItemText(0, tr("System language"));
    mForm->labelForField(mLanguage)->setProperty("text", tr("Language"));
    mForm->labelForField(mFolder->parentWidget())->setProperty("text", tr("Default folder"));
    mForm->labelForField(mOrganisation)->setProperty("text", tr("Organisation (for reports)"));
    mFolder->setPlaceholderText(tr("Documents folder"));
}

} // namespace atlas
