package receipts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/otiai10/gosseract/v2"
)

var (
	totalRe = regexp.MustCompile(`(?i)(total|amount)\s*[:€$£]?\s*(\d+[.,]\d{2})`)
	vatRe   = regexp.MustCompile(`(?i)(vat|tax)\s*\d*%?\s*[:€$£]?\s*(\d+[.,]\d{2})`)
)

type Receipt struct {
	Merchant string
	Total    float64
	VAT      float64
	RawText  string
}

// Scan OCRs a photographed receipt for the expense report.
func Scan(path string) (Receipt, error) {
	client := gosseract.NewClient()
	defer client.Close()
	if err := client.SetLanguage("eng", "deu"); err != nil {
		return Receipt{}, err
	}
	if err := client.SetImage(path); err != nil {
		return Receipt{}, fmt.Errorf("%s: %w", path, err)
	}
	text, err := client.Text()
	if err != nil {
		return Receipt{}, fmt.Errorf("%s: ocr: %w", path, err)
	}
	r := Receipt{RawText: text}
	if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) > 0 {
		r.Merchant = strings.TrimSpace(lines[0])
	}
	r.Total = money(totalRe, text)
	r.VAT = money(vatRe, text)
	return r, nil
}

func money(re *regexp.Regexp, text string) float64 {
	m := re.FindAllStringSubmatch(text, -1)
	if len(m) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(strings.Replace(m[len(m)-1][2], ",", ".", 1), 64)
	return v
}
