// Arcade-style top-10 table with three-letter initials, persisted next to the executable.
#include <algorithm>
#include <array>
#include <fstream>
#include <string>
#include <vector>

struct HighScore {
    std::array<char, 4> initials{};  // "ABC\0"
    unsigned score = 0;
    unsigned level = 1;
};

class HighScoreTable {
public:
    explicit HighScoreTable(std::string path) : path_(std::move(path)) { Load(); }

    bool Qualifies(unsigned score) const {
        return entries_.size() < kMax || score > entries_.back().score;
    }

    void Insert(const std::string& initials, unsigned score, unsigned level) {
        HighScore h;
        for (size_t i = 0; i < 3; ++i) h.initials[i] = i < initials.size() ? static_cast<char>(std::toupper(initials[i])) : '-';
        h.score = score;
        h.level = level;
        entries_.push_back(h);
        std::stable_sort(entries_.begin(), entries_.end(), [](auto& a, auto& b) { return a.score > b.score; });
        if (entries_.size() > kMax) entries_.resize(kMax);
        Save();
    }

    const std::vector<HighScore>& Entries() const { return entries_; }

private:
    static constexpr size_t kMax = 10;

    void Load() {
        std::ifstream in(path_, std::ios::binary);
        HighScore h;
        while (entries_.size() < kMax && in.read(reinterpret_cast<char*>(&h), sizeof h)) entries_.push_back(h);
    }

    void Save() const {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        for (const auto& h : entries_) out.write(reinterpret_cast<const char*>(&h), sizeof h);
    }

    std::string path_;
    std::vector<HighScore> entries_;
};
