// Compares a learner's utterance with the teacher's model recording: DTW over MFCC frames,
// then maps the normalised path cost to a 0-100 pronunciation score and flags the
// segments where the learner deviates most (used for the "try this word again" hint).
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using Frame = std::vector<float>;

static float FrameDist(const Frame& a, const Frame& b) {
    float s = 0.f;
    for (size_t i = 1; i < a.size(); ++i) {  // skip c0 (energy) so loudness doesn't matter
        float d = a[i] - b[i];
        s += d * d;
    }
    return std::sqrt(s);
}

struct DtwResult {
    float normCost;
    std::vector<std::pair<int, int>> path;
    std::vector<float> localCost;
};

DtwResult Dtw(const std::vector<Frame>& ref, const std::vector<Frame>& hyp, int band) {
    const int n = ref.size(), m = hyp.size();
    const float inf = std::numeric_limits<float>::infinity();
    std::vector<std::vector<float>> D(n + 1, std::vector<float>(m + 1, inf));
    D[0][0] = 0.f;
    for (int i = 1; i <= n; ++i) {
        int lo = std::max(1, i * m / n - band), hi = std::min(m, i * m / n + band);
        for (int j = lo; j <= hi; ++j) {
            float c = FrameDist(ref[i - 1], hyp[j - 1]);
            D[i][j] = c + std::min({D[i - 1][j], D[i][j - 1], D[i - 1][j - 1]});
        }
    }
    DtwResult r{D[n][m] / (n + m), {}, {}};
    for (int i = n, j = m; i > 0 && j > 0;) {
        r.path.emplace_back(i - 1, j - 1);
        r.localCost.push_back(FrameDist(ref[i - 1], hyp[j - 1]));
        float a = D[i - 1][j - 1], b = D[i - 1][j], c = D[i][j - 1];
        if (a <= b && a <= c) { --i; --j; } else if (b < c) { --i; } else { --j; }
    }
    std::reverse(r.path.begin(), r.path.end());
    std::reverse(r.localCost.begin(), r.localCost.end());
    return r;
}

float PronunciationScore(float normCost) {
    // logistic mapping fitted on 300 teacher-rated recordings
    return 100.f / (1.f + std::exp(0.9f * (normCost - 7.5f)));
}
