#pragma once
#include <array>
#include <vector>

namespace voice {

struct MicGeometry {
    std::vector<std::array<float, 2>> positions;  // metres, array centre at origin
};

// Fractional-delay delay-and-sum beamformer for the far-field voice front end.
// Output feeds the keyword spotter and the cloud recogniser.
class DelayAndSum {
public:
    DelayAndSum(MicGeometry geom, float sampleRate);
    void Steer(float azimuthRad);
    // frames: channels x samples (interleaved by channel). Returns one mono block.
    std::vector<float> Process(const std::vector<std::vector<float>>& frames);
    float EstimateAzimuth(const std::vector<std::vector<float>>& frames, int steps = 72);

private:
    MicGeometry geom_;
    float fs_;
    std::vector<float> delays_;
};

}  // namespace voice
