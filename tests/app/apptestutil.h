#pragma once

// Shared by the app suites: the demo path and a document manager that never shows dialogs.

#include "documentmanager.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace atlas::test {

inline QString demoYaml()
{
    return QString::fromStdString(sourcePath("resources/demo/demo.yaml"));
}

/** Keeps QSettings and recovery files of the suites away from the user's. */
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("computeatlas-tests"));
}

/** A non-interactive manager with its own recovery folder; the demo opened when asked. */
inline std::unique_ptr<DocumentManager> quietManager(const QString &recoveryFolder)
{
    auto m = std::make_unique<DocumentManager>(nullptr);
    m->setInteractive(false);
    m->setRecoveryFolder(recoveryFolder);
    m->setSavePrompt([](const QString &) { return DocumentManager::SaveAnswer::Discard; });
    return m;
}

} // namespace atlas::test
