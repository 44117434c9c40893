#include "ImportReader.h"

#include "ImportTarget.h"
#include "ImportValidator.h"
#include "io/CsvParser.h"

namespace {
constexpr std::size_t BatchesAhead = 2;
} // namespace

ImportReader::ImportReader(CsvParser& parser, const ImportValidator& validator, int batchSize)
    : m_parser(parser), m_validator(validator), m_batchSize(std::max(1, batchSize)),
      m_keyField(validator.target().indexOf(validator.target().keyField()))
{
}

ImportReader::~ImportReader()
{
    stop();
}

void ImportReader::start()
{
    m_thread = std::thread([this]() { run(); });
}

bool ImportReader::readBatch(Batch* batch)
{
    batch->rows.reserve(m_batchSize);
    while (batch->rows.size() < m_batchSize) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping)
                return true;
        }
        auto record = m_parser.next();
        if (!record)
            return false;
        ImportRow row = m_validator.validate(*record);
        if (row.isValid() && !row.key.isEmpty()) {
            const auto first = m_firstLineOfKey.constFind(row.key);
            if (first != m_firstLineOfKey.constEnd()) {
                row.outcome = ImportRow::Outcome::SkippedDuplicate;
                row.note = tr("Line %1: %2 \"%3\" is a duplicate of line %4; skipped.")
                               .arg(row.line)
                               .arg(m_validator.columnName(m_keyField), row.key)
                               .arg(first.value());
            } else {
                m_firstLineOfKey.insert(row.key, row.line);
            }
        }
        batch->rows.append(std::move(row));
    }
    return true;
}

void ImportReader::run()
{
    for (;;) {
        {
            std::deque<Batch> spent; // destroyed here, outside the lock
            const std::lock_guard<std::mutex> lock(m_mutex);
            spent.swap(m_spent);
        }
        Batch batch;
        const bool more = readBatch(&batch);
        batch.bytesRead = m_parser.bytesRead();
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_stopping) {
            // Records read but not handed out: the unprocessed rest starts with them.
            if (!batch.rows.isEmpty())
                m_stoppedAtLine = batch.rows.first().line;
            break;
        }
        if (!batch.rows.isEmpty())
            m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        if (!more) {
            m_fatal = m_parser.errorString();
            break;
        }
        m_changed.wait(lock, [this]() { return m_stopping || m_queue.size() < BatchesAhead; });
        if (m_stopping)
            break;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::optional<ImportReader::Batch> ImportReader::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this]() { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return std::nullopt;
    Batch batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return batch;
}

void ImportReader::recycle(Batch&& batch)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_spent.push_back(std::move(batch));
}

qint64 ImportReader::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    // No thread any more: the queue and the parser are ours.
    if (!m_queue.empty())
        return m_queue.front().rows.first().line;
    if (m_stoppedAtLine > 0)
        return m_stoppedAtLine;
    if (!m_done || !m_fatal.isEmpty())
        return 0;
    const auto next = m_parser.next();
    return next ? next->line : 0;
}

QString ImportReader::fatalError() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_fatal;
}
