#pragma once

// Shared by the modem engine benchmarks: batch timing on std::chrono::steady_clock, medians, and
// a sink the optimiser cannot see through. Benchmarks print figures; they assert nothing about
// speed (the machine they run on is shared and noisy), only that what they time did its job.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace rapport::bench {

using SteadyClock = std::chrono::steady_clock;

// Keeps a value alive as far as the compiler knows: it must be computed, and memory it points to
// must be written, before this point.
template<typename T>
inline void doNotOptimize(const T &value)
{
    asm volatile("" : : "r,m"(value) : "memory");
}

// A running checksum of the results, printed at the end so no result is dead.
inline std::uint64_t &sink()
{
    static std::uint64_t value = 0;
    return value;
}

inline void consume(std::uint64_t value)
{
    sink() = sink() * 31 + value;
    doNotOptimize(sink());
}

[[nodiscard]] inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

[[nodiscard]] inline double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

[[nodiscard]] inline double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

[[nodiscard]] inline double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// Dies with a message: a benchmark whose operation fails would time the error path.
[[noreturn]] inline void fatal(const char *what)
{
    std::fprintf(stderr, "benchmark set-up failed: %s\n", what);
    std::exit(1);
}

inline void check(bool ok, const char *what)
{
    if (!ok)
        fatal(what);
}

} // namespace rapport::bench
