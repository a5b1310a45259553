#pragma once

#include "demo/demoplan.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>

namespace Accrue {

// Hands planned batches from the planner thread to the writer. Bounded, so
// the planner never runs far ahead; either side can stop the other.
class BatchQueue final
{
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Planner side. Returns false once the writer has given up.
    bool push(PlannedBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    void finish(std::exception_ptr error = nullptr)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_changed.notify_all();
    }

    // Writer side. False when the planner is done; rethrows its error.
    bool pop(PlannedBatch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (!m_batches.empty()) {
            batch = std::move(m_batches.front());
            m_batches.pop_front();
            m_changed.notify_all();
            return true;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return false;
    }

    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PlannedBatch> m_batches;
    std::size_t m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
};

} // namespace Accrue
