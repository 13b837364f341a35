// Viterbi search over candidate units: target cost (prosody mismatch) + join cost
// (spectral and pitch discontinuity at the boundary), Hunt & Black style.
#include <cmath>
#include <limits>

#include "units.h"

namespace tts {
namespace {

float TargetCost(const Target& t, const Unit& u) {
    float dp = std::fabs(std::log(t.pitch / (0.5f * (u.pitchStart + u.pitchEnd))));
    float dd = std::fabs(t.duration - u.duration) / t.duration;
    return 2.0f * dp + 1.0f * dd;
}

float JoinCost(const Unit& a, const Unit& b) {
    if (a.utteranceId == b.utteranceId && a.endSample == b.startSample) return 0.f;  // natural neighbours
    float spec = 0.f;
    for (size_t i = 0; i < a.mfccRight.size(); ++i) {
        float d = a.mfccRight[i] - b.mfccLeft[i];
        spec += d * d;
    }
    return std::sqrt(spec) + 0.05f * std::fabs(a.pitchEnd - b.pitchStart);
}

}  // namespace

std::vector<const Unit*> SelectUnits(const std::vector<Target>& targets,
                                     const std::vector<std::vector<const Unit*>>& cand) {
    const size_t n = targets.size();
    std::vector<std::vector<float>> cost(n);
    std::vector<std::vector<int>> back(n);
    for (size_t i = 0; i < n; ++i) {
        cost[i].assign(cand[i].size(), std::numeric_limits<float>::infinity());
        back[i].assign(cand[i].size(), -1);
        for (size_t j = 0; j < cand[i].size(); ++j) {
            float tc = TargetCost(targets[i], *cand[i][j]);
            if (i == 0) { cost[i][j] = tc; continue; }
            for (size_t k = 0; k < cand[i - 1].size(); ++k) {
                float c = cost[i - 1][k] + JoinCost(*cand[i - 1][k], *cand[i][j]) + tc;
                if (c < cost[i][j]) { cost[i][j] = c; back[i][j] = static_cast<int>(k); }
            }
        }
    }
    std::vector<const Unit*> path(n);
    int best = 0;
    for (size_t j = 1; j < cost[n - 1].size(); ++j) if (cost[n - 1][j] < cost[n - 1][best]) best = static_cast<int>(j);
    for (size_t i = n; i-- > 0;) {
        path[i] = cand[i][best];
        best = back[i][best];
    }
    return path;
}

}  // namespace tts
