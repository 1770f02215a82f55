// Replays inputs through a libFuzzer target without libFuzzer, so every build (g++, the asan
// preset) runs the seed corpus and the crash reproducers in it as an ordinary test.
//
//   fuzz_replay_<target> <file or folder>...
//
// Each file is read into an exact-size heap buffer (a sanitizer build sees any read past its end)
// and passed to LLVMFuzzerTestOneInput. A finding aborts, as it does under libFuzzer; the name of
// the input is printed first so the failing file is known. Fails when no input is found, so a
// moved corpus cannot turn the test into a silent pass.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool collect(const fs::path &argument, std::vector<fs::path> &inputs)
{
    std::error_code error;
    if (fs::is_regular_file(argument, error)) {
        inputs.push_back(argument);
        return true;
    }
    if (!fs::is_directory(argument, error)) {
        std::fprintf(stderr, "fuzz replay: %s is neither a file nor a folder\n", argument.c_str());
        return false;
    }
    for (const fs::directory_entry &entry : fs::recursive_directory_iterator(argument, error)) {
        // Dot files (an editor's, git's) are not inputs.
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with('.'))
            inputs.push_back(entry.path());
    }
    if (error) {
        std::fprintf(
            stderr, "fuzz replay: cannot read %s: %s\n", argument.c_str(), error.message().c_str());
        return false;
    }
    return true;
}

bool replay(const fs::path &input)
{
    std::ifstream file(input, std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "fuzz replay: cannot open %s\n", input.c_str());
        return false;
    }
    const std::vector<char> bytes {std::istreambuf_iterator<char>(file), {}};
    // Exact size; never a null pointer, even for an empty input (libFuzzer passes one octet).
    const std::size_t size = bytes.size();
    const auto buffer = std::make_unique<std::uint8_t[]>(std::max<std::size_t>(size, 1));
    std::copy(bytes.begin(), bytes.end(), buffer.get());
    std::fprintf(stderr, "%s (%zu bytes)\n", input.c_str(), size);
    LLVMFuzzerTestOneInput(buffer.get(), size);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <file or folder>...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (!collect(argv[i], inputs))
            return 1;
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "fuzz replay: no inputs found\n");
        return 1;
    }
    for (const fs::path &input : inputs) {
        if (!replay(input))
            return 1;
    }
    std::fprintf(stderr, "fuzz replay: %zu inputs passed\n", inputs.size());
    return 0;
}
