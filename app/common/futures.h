// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>

#include <memory>

namespace InvoiceDesk {

// The promise behind one asynchronous operation whose steps are chained with QFuture::then. It is
// shared by the steps, so whichever step ends the operation finishes the future, exactly once.
template<typename T>
class Completion {
public:
    Completion()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }

    QFuture<T> future() const { return m_promise->future(); }

    void finish(T value) const
    {
        if (m_promise->future().isFinished())
            return;
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

template<typename T>
QFuture<T> readyFuture(T value)
{
    Completion<T> completion;
    completion.finish(std::move(value));
    return completion.future();
}

} // namespace InvoiceDesk
