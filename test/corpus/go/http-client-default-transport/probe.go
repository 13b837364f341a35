// Package prober checks public HTTPS endpoints for the status page.
package prober

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

type Result struct {
	URL       string
	Status    int
	Latency   time.Duration
	CertDays  int
	Err       error
}

var client = &http.Client{Timeout: 8 * time.Second}

func Probe(ctx context.Context, url string) Result {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Result{URL: url, Err: err}
	}
	req.Header.Set("User-Agent", "statuspage-prober/1.0")
	resp, err := client.Do(req)
	if err != nil {
		return Result{URL: url, Err: fmt.Errorf("%s: %w", url, err)}
	}
	defer resp.Body.Close()
	r := Result{URL: url, Status: resp.StatusCode, Latency: time.Since(start)}
	if resp.TLS != nil && len(resp.TLS.PeerCertificates) > 0 {
		r.CertDays = int(time.Until(resp.TLS.PeerCertificates[0].NotAfter).Hours() / 24)
	}
	return r
}
