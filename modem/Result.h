#pragma once

#include <utility>
#include <variant>

namespace rapport {

// Errors as values (ARCHITECTURE.md): a Result holds either a value or an error, never both.
// Construct a failure with `fail(error)`; a success from the value itself.
template<typename E>
struct Failure
{
    E error;
};

template<typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    template<typename F>
    Result(Failure<F> failure)
        : m_state(std::in_place_index<1>, E(std::move(failure.error)))
    { }

    [[nodiscard]] bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const E &error() const { return std::get<1>(m_state); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    [[nodiscard]] T valueOr(T fallback) const { return hasValue() ? value() : fallback; }

private:
    std::variant<T, E> m_state;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template<typename F>
    Result(Failure<F> failure)
        : m_error(E(std::move(failure.error)))
        , m_failed(true)
    { }

    [[nodiscard]] bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] const E &error() const { return m_error; }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace rapport
