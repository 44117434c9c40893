#pragma once

#include "services/PermissionMatrix.h"
#include "tables/TableCatalog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// The permission editor's grid for one role at a time: a row per table, under a heading row per
// TableGroup, and a check box column per action. It keeps the loaded matrix and the edited copy
// (for every role, so switching roles keeps the edits); a cell whose state differs from the
// loaded one is marked (background, the text "changed", tool tip, ChangedRole). Check boxes
// can only be toggled while editable.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TableColumn,
        FirstActionColumn // then one column per PermissionService::actions(), in order
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1, // bool: differs from the loaded matrix
        WildcardRole,                   // bool: granted through a '*' row in the loaded matrix
        TableNameRole,                  // the table (resource) of the row; empty on a heading row
        HeadingRole                     // bool: a TableGroup heading row
    };

    explicit PermissionMatrixModel(QObject* parent = nullptr);

    // Replaces both the loaded and the edited matrix (drops every edit).
    void setMatrix(const PermissionMatrix& matrix);
    const PermissionMatrix& original() const { return m_original; }
    const PermissionMatrix& edited() const { return m_edited; }
    void discardChanges();
    bool hasChanges() const { return !m_original.sameGrants(m_edited); }
    // Edited cells of `role`, or of every role when empty.
    int changeCount(const QString& role = QString()) const;

    void setRole(const QString& role);
    QString role() const { return m_role; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // The model row of `table`; -1 when unknown.
    int rowOf(const QString& table) const;
    // The column of `action`, and its header ("Read", "Create", ...; translated).
    static int columnOf(PermissionService::Action action);
    static QString actionTitle(PermissionService::Action action);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // The edits changed (a cell toggled, discarded or a new matrix set).
    void changesChanged();

private:
    struct Entry
    {
        TableGroup group;
        const TableSpec* table; // nullptr for the group's heading row
    };

    void emitAllChanged();
    bool isActionCell(const QModelIndex& index) const;
    PermissionService::Action actionAt(int column) const;
    QString cellText(const QModelIndex& index, bool granted, bool changed, bool wildcard) const;

    QList<Entry> m_entries;
    PermissionMatrix m_original;
    PermissionMatrix m_edited;
    QString m_role;
    bool m_editable = false;
};
