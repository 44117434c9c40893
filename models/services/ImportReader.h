#pragma once

#include "ImportRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

class CsvParser;
class ImportTarget;
class ImportValidator;

// The reading half of an import: parses and validates the file's records (CsvParser,
// ImportValidator) in batches on a thread of its own, at most two batches ahead of the writer,
// so that reading the next batch overlaps with writing the last one (on SQLite both cost CPU of
// this process). It also marks repeated keys within the file: the first valid record with a key
// wins, later ones are SkippedDuplicate.
//
// The reader thread touches only the parser (and its device), the validator and its own state;
// the caller must not use them until stop() returned or next() reported the end.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    struct Batch
    {
        QList<ImportRow> rows;
        qint64 bytesRead = 0; // the parser's position after the batch
    };

    ImportReader(CsvParser& parser, const ImportValidator& validator, int batchSize);
    ~ImportReader(); // stops the thread
    ImportReader(const ImportReader&) = delete;
    ImportReader& operator=(const ImportReader&) = delete;

    void start();
    // The next batch, waiting for it; nullopt at the end of the file or after a read error
    // (fatalError()).
    std::optional<Batch> next();
    // Hands a processed batch back to be destroyed on the reader thread, where its rows were
    // allocated: freed on the writing thread instead, the two threads contend for the memory
    // allocator's locks (measured: several times the CPU time of a dry run).
    void recycle(Batch&& batch);
    // Stops reading and returns the line of the first record not handed out by next(), reading
    // one more record if needed; 0 when the file had nothing more.
    qint64 stop();
    // A problem with the file as a whole (CsvParser::errorString()); empty otherwise.
    QString fatalError() const;

private:
    void run();
    bool readBatch(Batch* batch); // false: the end of the file (the batch may still hold rows)

    CsvParser& m_parser;
    const ImportValidator& m_validator;
    int m_batchSize;
    int m_keyField = -1;
    QHash<QString, qint64> m_firstLineOfKey; // keys seen in this file -> the line that has them

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_spent;  // recycle()d, destroyed by the reader thread
    bool m_done = false;        // the reader thread has finished
    bool m_stopping = false;    // the consumer wants no more
    qint64 m_stoppedAtLine = 0; // set by the thread when it stops in the middle
    QString m_fatal;
    std::thread m_thread;
};
