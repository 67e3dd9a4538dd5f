// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

namespace InvoiceDesk {

// A value or the error that stopped it. Every fallible call in the core returns one of these instead
// of throwing, so an error always travels as a value that a caller must look at.
template<typename T, typename E>
class Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const& { return std::get<1>(m_data); }
    E&& error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, E> m_data;
};

// For operations that produce nothing but may fail.
struct Done {};

} // namespace InvoiceDesk
