#include "PermissionDiffDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PermissionDiffDialog::PermissionDiffDialog(const PermissionChangeSet& changes, QWidget* parent)
    : QDialog(parent), m_changes(changes)
{
    setObjectName(QStringLiteral("permissionDiffDialog"));
    setWindowTitle(tr("Review Permission Changes"));

    auto* heading =
        new QLabel(tr("These %n change(s) will be saved:", nullptr, static_cast<int>(changes.size())), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setAccessibleName(tr("Permission changes"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const PermissionChange& change : changes.changes()) {
        auto* item = new QListWidgetItem(change.description, m_list);
        item->setToolTip(change.description);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    heading->setBuddy(m_list);

    const bool expands = std::any_of(changes.changes().cbegin(), changes.changes().cend(),
                                     [](const PermissionChange& change) { return change.expandsWildcard; });
    auto* wildcardNote =
        new QLabel(tr("Some of these permissions are granted today by a wildcard rule (\u201c*\u201d), "
                      "which also covers tables added later. Saving replaces that rule by explicit "
                      "rules for everything else it granted."),
                   this);
    wildcardNote->setObjectName(QStringLiteral("wildcardNote"));
    wildcardNote->setWordWrap(true);
    wildcardNote->setVisible(expands);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the permission changes"));
    m_saveButton->setDefault(true);
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAccessibleName(tr("Back to the permissions, without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(wildcardNote);
    layout->addWidget(buttons);
    resize(560, 360);
}
