// Scanner-station grader: finds the four corner fiducials, warps the sheet to the template,
// reads the student-ID grid and answer bubbles, and prints the score line for the SIS import.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<cv::Point2f> FindFiducials(const cv::Mat& bin) {
    std::vector<std::vector<cv::Point>> cs;
    cv::findContours(bin, cs, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Point2f> marks;
    for (auto& c : cs) {
        cv::Rect r = cv::boundingRect(c);
        double fill = cv::contourArea(c) / r.area();
        if (r.width > 25 && r.width < 60 && std::abs(r.width - r.height) < 6 && fill > 0.85)
            marks.emplace_back(r.x + r.width / 2.f, r.y + r.height / 2.f);
    }
    std::sort(marks.begin(), marks.end(), [](auto& a, auto& b) { return a.y + a.x < b.y + b.x; });
    if (marks.size() != 4) throw std::runtime_error("expected 4 fiducials");
    return {marks[0], marks[1], marks[3], marks[2]};
}

static int ReadRow(const cv::Mat& sheet, int y, int x0, int dx, int n) {
    int chosen = -1;
    double best = 0.45;
    for (int i = 0; i < n; ++i) {
        cv::Mat roi = sheet(cv::Rect(x0 + i * dx - 10, y - 10, 20, 20));
        double ink = cv::countNonZero(roi) / 400.0;
        if (ink > best) { best = ink; chosen = i; }
    }
    return chosen;
}

int main(int argc, char** argv) {
    if (argc < 3) { std::cerr << "usage: omr_station KEY scan.png\n"; return 2; }
    std::string key = argv[1];
    cv::Mat gray = cv::imread(argv[2], cv::IMREAD_GRAYSCALE), bin, warped;
    if (gray.empty()) { std::cerr << argv[2] << ": unreadable\n"; return 1; }
    cv::threshold(gray, bin, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    std::vector<cv::Point2f> dst = {{0, 0}, {1700, 0}, {1700, 2200}, {0, 2200}};
    cv::warpPerspective(bin, warped, cv::getPerspectiveTransform(FindFiducials(bin), dst), {1700, 2200});

    std::string studentId;
    for (int d = 0; d < 7; ++d) studentId += std::to_string(std::max(0, ReadRow(warped, 300 + d * 40, 900, 55, 10)));
    int score = 0;
    for (size_t q = 0; q < key.size(); ++q)
        if (ReadRow(warped, 700 + static_cast<int>(q) * 44, 260, 70, 5) == key[q] - 'A') ++score;
    std::cout << studentId << ',' << score << ',' << key.size() << '\n';
    return 0;
}
