#include "MessageLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {

// Role "alert", name = the visible text (QLabel's own interface reports static text).
class AlertAccessible : public QAccessibleWidget
{
public:
    explicit AlertAccessible(QWidget* widget) : QAccessibleWidget(widget, QAccessible::AlertMessage) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<const QLabel*>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* alertFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("MessageLabel") && object && object->isWidgetType())
        return new AlertAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    setVisible(false);
}

void MessageLabel::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    // Fixed colours with their own background stay readable in light and dark themes.
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("MessageLabel { color: #8a1c14; background: #fdecea; border: 1px solid #f1b0aa;"
                                       " border-radius: 4px; }")
                      : QStringLiteral("MessageLabel { color: #0b4a7a; background: #e8f1fb; border: 1px solid #a9cbeb;"
                                       " border-radius: 4px; }"));
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageLabel::clearMessage()
{
    clear();
    setVisible(false);
}
