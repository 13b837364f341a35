#include "beamformer.h"

#include <cmath>

namespace voice {
namespace {
constexpr float kSpeedOfSound = 343.0f;
constexpr float kPi = 3.14159265358979f;

float Sample(const std::vector<float>& x, float idx) {
    int i = static_cast<int>(std::floor(idx));
    float frac = idx - i;
    if (i < 0 || i + 1 >= static_cast<int>(x.size())) return 0.f;
    return x[i] * (1.f - frac) + x[i + 1] * frac;
}
}  // namespace

DelayAndSum::DelayAndSum(MicGeometry geom, float sampleRate)
    : geom_(std::move(geom)), fs_(sampleRate), delays_(geom_.positions.size(), 0.f) {}

void DelayAndSum::Steer(float az) {
    const float ux = std::cos(az), uy = std::sin(az);
    float minD = 1e9f;
    for (size_t m = 0; m < geom_.positions.size(); ++m) {
        const auto& p = geom_.positions[m];
        delays_[m] = -(p[0] * ux + p[1] * uy) / kSpeedOfSound * fs_;
        minD = std::min(minD, delays_[m]);
    }
    for (float& d : delays_) d -= minD;
}

std::vector<float> DelayAndSum::Process(const std::vector<std::vector<float>>& frames) {
    const size_t n = frames.front().size();
    std::vector<float> out(n, 0.f);
    const float g = 1.f / static_cast<float>(frames.size());
    for (size_t m = 0; m < frames.size(); ++m)
        for (size_t t = 0; t < n; ++t) out[t] += g * Sample(frames[m], t - delays_[m]);
    return out;
}

float DelayAndSum::EstimateAzimuth(const std::vector<std::vector<float>>& frames, int steps) {
    float bestAz = 0.f, bestPow = -1.f;
    for (int s = 0; s < steps; ++s) {
        const float az = 2.f * kPi * s / steps;
        Steer(az);
        float pow = 0.f;
        for (float v : Process(frames)) pow += v * v;
        if (pow > bestPow) { bestPow = pow; bestAz = az; }
    }
    Steer(bestAz);
    return bestAz;
}

}  // namespace voice
