#pragma once
#include <string>
#include <vector>

namespace tts {

// A diphone candidate cut from the recorded voice database.
struct Unit {
    std::string diphone;     // e.g. "k-a"
    int utteranceId;
    int startSample, endSample;
    float pitchStart, pitchEnd;  // Hz at the unit boundaries
    float duration;              // seconds
    std::vector<float> mfccLeft, mfccRight;
};

struct Target {
    std::string diphone;
    float pitch;      // predicted by the prosody model
    float duration;
};

std::vector<const Unit*> SelectUnits(const std::vector<Target>& targets,
                                     const std::vector<std::vector<const Unit*>>& candidates);

std::vector<short> Concatenate(const std::vector<const Unit*>& units, const std::vector<short>& db,
                               int overlapSamples);

}  // namespace tts
