#pragma once

#include "services/CustomerRecordService.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QRadioButton;

// Shown when saving a customer that someone else changed since it was opened: one row per field
// they changed, with the value when it was opened (original), theirs (stored now) and mine (as
// edited), and a choice per field: take theirs or keep mine (preselected: mine where I changed
// the field too, else theirs). "Save Merged" accepts with the choices; "Take All Theirs" and
// "Keep All Mine" set every choice and accept. My changes to fields nobody else touched are kept
// in every case (CustomerRecordService::merge). Rejecting saves nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const QList<CustomerFieldConflict>& conflicts, QWidget* parent = nullptr);

    // The conflicting fields whose choice is "mine".
    QSet<QString> fieldsKeepingMine() const;
    void setKeepMine(const QString& field, bool keepMine);

public slots:
    void takeAllTheirs();
    void keepAllMine();

private:
    struct Choice
    {
        QRadioButton* theirs = nullptr;
        QRadioButton* mine = nullptr;
    };
    QHash<QString, Choice> m_choices;
    QStringList m_fields;
};
