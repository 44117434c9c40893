#include "AuditLogDetailPane.h"

#include "AuditLogListModel.h"
#include "services/AuditLogEntry.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString display(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return AuditLogDetailPane::tr("(empty)");
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

} // namespace

AuditLogDetailPane::AuditLogDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Audit entry details"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setAccessibleName(tr("Selected entry"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("detailTable"));
    m_table->setAccessibleName(tr("Changed fields: old and new values"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Old value"), tr("New value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OldValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NewValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setFocusProxy(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    showEntry(nullptr);
}

void AuditLogDetailPane::showEntry(const AuditLogEntry* entry)
{
    m_table->clearContents();
    m_table->setRowCount(0);
    if (!entry) {
        m_summary->setText(tr("Select an entry to see what changed."));
        m_table->setColumnHidden(OldValueColumn, false);
        m_table->setColumnHidden(NewValueColumn, false);
        return;
    }
    QString what = tr("%1 of %2").arg(entry->action, AuditLogListModel::entityTypeTitle(entry->entityType));
    if (!entry->entityId.isEmpty())
        what = tr("%1 #%2").arg(what, entry->entityId);
    m_summary->setText(tr("%1 by %2 at %3 (%4 UTC)")
                           .arg(what, entry->actor, AuditLogListModel::localTime(entry->time),
                                entry->time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));

    const bool showOld = entry->hasOldValues || !entry->hasNewValues;
    const bool showNew = entry->hasNewValues || !entry->hasOldValues;
    m_table->setColumnHidden(OldValueColumn, !showOld);
    m_table->setColumnHidden(NewValueColumn, !showNew);

    const QStringList fields = entry->changedFields();
    m_table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString& field = fields.at(row);
        m_table->setItem(row, FieldColumn, item(field));
        m_table->setItem(row, OldValueColumn, item(display(entry->oldValues.value(field))));
        m_table->setItem(row, NewValueColumn, item(display(entry->newValues.value(field))));
    }
    m_table->resizeRowsToContents();
}
