#pragma once

#include <QDir>
#include <QSaveFile>
#include <QString>

// Writes a whole file or nothing: `write(QIODevice*)` fills a QSaveFile and returns a result
// with `ok` and `error` (an exporter's Result); the file appears, or replaces the one there,
// only when that result is ok and the commit succeeds. `cannotWrite(nativePath, reason)` words
// the error of a file that cannot be opened or committed, in the caller's own translation
// context.
namespace SaveFileWriter {

template <typename Result, typename Write, typename Message>
Result write(const QString& path, Write write, Message cannotWrite)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = cannotWrite(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    Result result = write(static_cast<QIODevice*>(&file));
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = cannotWrite(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}

} // namespace SaveFileWriter
