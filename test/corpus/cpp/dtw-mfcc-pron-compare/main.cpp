#include <cstdio>
#include <vector>

using Frame = std::vector<float>;
struct DtwResult {
    float normCost;
    std::vector<std::pair<int, int>> path;
    std::vector<float> localCost;
};
DtwResult Dtw(const std::vector<Frame>& ref, const std::vector<Frame>& hyp, int band);
float PronunciationScore(float normCost);
std::vector<Frame> LoadMfcc(const char* path);  // htk-format reader, mfcc_io.cpp

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s teacher.mfc learner.mfc\n", argv[0]);
        return 2;
    }
    auto ref = LoadMfcc(argv[1]);
    auto hyp = LoadMfcc(argv[2]);
    DtwResult r = Dtw(ref, hyp, 40);
    std::printf("score %.1f\n", PronunciationScore(r.normCost));
    for (size_t k = 0; k < r.path.size(); ++k)
        if (r.localCost[k] > 2.0f * r.normCost) std::printf("deviation at teacher frame %d\n", r.path[k].first);
    return 0;
}
