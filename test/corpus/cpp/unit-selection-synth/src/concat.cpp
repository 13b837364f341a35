#include <algorithm>
#include <cmath>

#include "units.h"

namespace tts {

// Overlap-add the selected units with a raised-cosine crossfade at every join.
std::vector<short> Concatenate(const std::vector<const Unit*>& units, const std::vector<short>& db, int ov) {
    std::vector<float> out;
    for (const Unit* u : units) {
        const int len = u->endSample - u->startSample;
        const size_t base = out.size() >= static_cast<size_t>(ov) ? out.size() - ov : 0;
        out.resize(std::max(out.size(), base + len), 0.f);
        for (int t = 0; t < len; ++t) {
            float w = 1.f;
            if (t < ov && base > 0) w = 0.5f - 0.5f * std::cos(static_cast<float>(M_PI) * t / ov);
            float prev = out[base + t] * (1.f - w);
            out[base + t] = prev + w * db[u->startSample + t];
        }
    }
    std::vector<short> pcm(out.size());
    std::transform(out.begin(), out.end(), pcm.begin(),
                   [](float v) { return static_cast<short>(std::clamp(v, -32768.f, 32767.f)); });
    return pcm;
}

}  // namespace tts
