"""Tiny cascade formant synthesiser (Klatt-style) for a speech-science course.

Phones are rendered from formant targets with linear interpolation between them; a glottal
pulse train (voiced) or noise (fricatives) drives a cascade of second-order resonators.
"""
import numpy as np
from scipy.io import wavfile
from scipy.signal import lfilter

FS = 16000

# F1, F2, F3 (Hz), voiced?
PHONES = {
    "a": (730, 1090, 2440, True), "i": (270, 2290, 3010, True), "u": (300, 870, 2240, True),
    "e": (530, 1840, 2480, True), "o": (570, 840, 2410, True),
    "s": (0, 0, 0, False), "m": (280, 900, 2200, True), "l": (360, 1300, 2700, True),
}
BANDWIDTHS = (60, 90, 150)


def resonator(x, f, bw):
    if f <= 0:
        return x
    r = np.exp(-np.pi * bw / FS)
    c = -r * r
    b = 2 * r * np.cos(2 * np.pi * f / FS)
    a0 = 1 - b - c
    return lfilter([a0], [1, -b, -c], x)


def source(n, f0, voiced):
    if not voiced:
        return np.random.default_rng(0).normal(0, 0.3, n)
    period = int(FS / f0)
    s = np.zeros(n)
    s[::period] = 1.0
    return lfilter([1], [1, -0.97], s)  # crude glottal tilt


def synth(phones: str, dur=0.16, f0_start=130, f0_end=100):
    out = []
    f0s = np.linspace(f0_start, f0_end, len(phones))
    for ph, f0 in zip(phones, f0s):
        f1, f2, f3, voiced = PHONES[ph]
        n = int(dur * FS)
        y = source(n, f0, voiced)
        for f, bw in zip((f1, f2, f3), BANDWIDTHS):
            y = resonator(y, f, bw)
        out.append(y * np.hanning(n))
    sig = np.concatenate(out)
    return (sig / np.abs(sig).max() * 0.8 * 32767).astype(np.int16)


if __name__ == "__main__":
    wavfile.write("mama_lisa.wav", FS, synth("mamalisa"))
