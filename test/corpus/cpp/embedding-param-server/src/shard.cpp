// One shard of the sparse-embedding parameter server used by the online CTR trainer.
// Workers pull user/item embedding rows for a mini-batch of impressions and push
// Adagrad gradients back; rows are created lazily on first touch.
#include <cmath>
#include <cstdint>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace ps {

constexpr int kDim = 32;

struct Row {
    float w[kDim];
    float g2[kDim];
};

class EmbeddingShard {
public:
    explicit EmbeddingShard(float lr) : lr_(lr), rng_(42) {}

    void Pull(const std::vector<uint64_t>& keys, std::vector<float>* out) {
        out->resize(keys.size() * kDim);
        for (size_t k = 0; k < keys.size(); ++k) {
            Row& r = GetOrInit(keys[k]);
            std::shared_lock lock(mu_);
            std::copy(r.w, r.w + kDim, out->begin() + k * kDim);
        }
    }

    void Push(const std::vector<uint64_t>& keys, const std::vector<float>& grads) {
        std::unique_lock lock(mu_);
        for (size_t k = 0; k < keys.size(); ++k) {
            Row& r = table_[keys[k]];
            for (int d = 0; d < kDim; ++d) {
                float g = grads[k * kDim + d];
                r.g2[d] += g * g;
                r.w[d] -= lr_ * g / (std::sqrt(r.g2[d]) + 1e-6f);
            }
        }
    }

    size_t Size() const { return table_.size(); }

private:
    Row& GetOrInit(uint64_t key) {
        std::unique_lock lock(mu_);
        auto it = table_.find(key);
        if (it != table_.end()) return it->second;
        std::normal_distribution<float> n(0.f, 0.01f);
        Row r{};
        for (float& x : r.w) x = n(rng_);
        return table_.emplace(key, r).first->second;
    }

    float lr_;
    std::mt19937 rng_;
    std::shared_mutex mu_;
    std::unordered_map<uint64_t, Row> table_;
};

}  // namespace ps
