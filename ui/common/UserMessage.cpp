#include "UserMessage.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QtGlobal>
#include <cstdio>

namespace {

void printLine(const char* level, const QString& summary, const QString& details)
{
    QString line =
        QStringLiteral("%1: %2: %3").arg(QGuiApplication::applicationDisplayName(), QLatin1String(level), summary);
    if (!details.isEmpty())
        line += QLatin1Char(' ') + details;
    line += QLatin1Char('\n');
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void showBox(QMessageBox::Icon icon, QWidget* parent, const QString& summary, const QString& details)
{
    QMessageBox box(icon, QGuiApplication::applicationDisplayName(), summary, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace

bool UserMessage::isInteractive()
{
    return qEnvironmentVariable("COLLECTDESK_NONINTERACTIVE") != QLatin1String("1");
}

void UserMessage::critical(QWidget* parent, const QString& summary, const QString& details)
{
    if (isInteractive())
        showBox(QMessageBox::Critical, parent, summary, details);
    else
        printLine("error", summary, details);
}

void UserMessage::warning(QWidget* parent, const QString& summary, const QString& details)
{
    if (isInteractive())
        showBox(QMessageBox::Warning, parent, summary, details);
    else
        printLine("warning", summary, details);
}
