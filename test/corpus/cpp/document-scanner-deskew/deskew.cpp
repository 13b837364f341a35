// Archive scanner post-processing: deskew + binarise pages before they go into the PDF/A archive.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <iostream>
#include <vector>

static double EstimateSkewDegrees(const cv::Mat& bin) {
    std::vector<cv::Vec4i> lines;
    cv::HoughLinesP(bin, lines, 1, CV_PI / 360, 200, bin.cols / 3.0, 20);
    std::vector<double> angles;
    for (const auto& l : lines) {
        double a = std::atan2(l[3] - l[1], l[2] - l[0]) * 180.0 / CV_PI;
        if (std::abs(a) < 15) angles.push_back(a);
    }
    if (angles.empty()) return 0.0;
    std::nth_element(angles.begin(), angles.begin() + angles.size() / 2, angles.end());
    return angles[angles.size() / 2];
}

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        cv::Mat page = cv::imread(argv[i], cv::IMREAD_GRAYSCALE);
        if (page.empty()) { std::cerr << argv[i] << ": unreadable\n"; continue; }
        cv::Mat bin;
        cv::adaptiveThreshold(page, bin, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, 25, 12);
        double skew = EstimateSkewDegrees(bin);
        cv::Mat rot = cv::getRotationMatrix2D({page.cols / 2.f, page.rows / 2.f}, skew, 1.0), out;
        cv::warpAffine(page, out, rot, page.size(), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        cv::threshold(out, out, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        std::string dst = std::string(argv[i]) + ".clean.png";
        cv::imwrite(dst, out);
        std::cout << argv[i] << ": skew " << skew << " deg -> " << dst << '\n';
    }
    return 0;
}
