// Package audiopipe normalises uploaded lecture recordings for the streaming CDN.
package audiopipe

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

type Rendition struct {
	Suffix  string
	Bitrate string
	Codec   string
}

var renditions = []Rendition{
	{"_64k.m4a", "64k", "aac"},
	{"_128k.m4a", "128k", "aac"},
	{"_96k.opus", "96k", "libopus"},
}

// Transcode applies EBU R128 loudness normalisation and writes each rendition next to src.
func Transcode(ctx context.Context, src string) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	base := strings.TrimSuffix(src, filepath.Ext(src))
	var outs []string
	for _, r := range renditions {
		out := base + r.Suffix
		cmd := exec.CommandContext(ctx, "ffmpeg", "-hide_banner", "-y", "-i", src,
			"-af", "loudnorm=I=-16:TP=-1.5:LRA=11", "-ac", "1", "-c:a", r.Codec, "-b:a", r.Bitrate, out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			return outs, fmt.Errorf("%s -> %s: %w: %s", src, out, err, lastLine(string(msg)))
		}
		outs = append(outs, out)
	}
	return outs, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
