package omr

import (
	"fmt"
	"image"

	"gocv.io/x/gocv"
)

type Layout struct {
	Questions int
	Choices   int
	Origin    image.Point
	DX, DY    int
	Radius    int
}

type Result struct {
	Marked  []int // -1 blank, -2 multiple
	Correct int
	Percent float64
}

// GradeScan thresholds an aligned sheet, measures fill per bubble and scores against key.
func GradeScan(path string, l Layout, key []int) (Result, error) {
	img := gocv.IMRead(path, gocv.IMReadGrayScale)
	if img.Empty() {
		return Result{}, fmt.Errorf("%s: cannot read image", path)
	}
	defer img.Close()
	bin := gocv.NewMat()
	defer bin.Close()
	gocv.Threshold(img, &bin, 0, 255, gocv.ThresholdBinaryInv|gocv.ThresholdOtsu)

	res := Result{Marked: make([]int, l.Questions)}
	for q := 0; q < l.Questions; q++ {
		res.Marked[q] = -1
		for c := 0; c < l.Choices; c++ {
			center := image.Pt(l.Origin.X+c*l.DX, l.Origin.Y+q*l.DY)
			roi := bin.Region(image.Rect(center.X-l.Radius, center.Y-l.Radius, center.X+l.Radius, center.Y+l.Radius))
			fill := float64(gocv.CountNonZero(roi)) / float64(4*l.Radius*l.Radius)
			roi.Close()
			if fill > 0.5 {
				if res.Marked[q] == -1 {
					res.Marked[q] = c
				} else {
					res.Marked[q] = -2
				}
			}
		}
		if q < len(key) && res.Marked[q] == key[q] {
			res.Correct++
		}
	}
	res.Percent = 100 * float64(res.Correct) / float64(len(key))
	return res, nil
}
