// Open-addressing symbol table for the scripting VM's interned identifiers.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vm {

constexpr uint64_t Fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : s) {
        h ^= static_cast<uint8_t>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

class SymbolTable {
public:
    explicit SymbolTable(size_t capacity = 1024) : slots_(capacity) {}

    uint32_t Intern(std::string_view name) {
        if ((count_ + 1) * 4 > slots_.size() * 3) Grow();
        size_t i = Fnv1a(name) & (slots_.size() - 1);
        while (slots_[i]) {
            if (names_[*slots_[i]] == name) return *slots_[i];
            i = (i + 1) & (slots_.size() - 1);
        }
        names_.emplace_back(name);
        slots_[i] = static_cast<uint32_t>(names_.size() - 1);
        ++count_;
        return *slots_[i];
    }

    const std::string& Name(uint32_t id) const { return names_.at(id); }

private:
    void Grow() {
        std::vector<std::optional<uint32_t>> old(slots_.size() * 2);
        old.swap(slots_);
        for (auto& s : old)
            if (s) {
                size_t i = Fnv1a(names_[*s]) & (slots_.size() - 1);
                while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
                slots_[i] = s;
            }
    }

    std::vector<std::optional<uint32_t>> slots_;
    std::vector<std::string> names_;
    size_t count_ = 0;
};

}  // namespace vm
