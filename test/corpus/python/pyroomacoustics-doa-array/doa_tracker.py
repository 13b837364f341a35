"""Speaker direction tracking for the 6-mic ReSpeaker ring, steering the beam for the recogniser."""
import numpy as np
import pyroomacoustics as pra
import sounddevice as sd

FS = 16000
NFFT = 512
C_SOUND = 343.0
RADIUS = 0.0463
MIC_RING = pra.circular_2D_array(center=[0, 0], M=6, phi0=0, radius=RADIUS)
FREQ_RANGE = [300, 3500]


def stft_frames(block):
    """block: (samples, channels) -> (channels, nfft//2+1, frames)"""
    return np.array([pra.transform.stft.analysis(ch, NFFT, NFFT // 2).T for ch in block.T])


def track(seconds=30):
    doa = pra.doa.algorithms["SRP"](MIC_RING, FS, NFFT, c=C_SOUND, num_src=1)
    beam = pra.Beamformer(MIC_RING, FS, N=NFFT)
    with sd.InputStream(samplerate=FS, channels=6, blocksize=FS // 4) as stream:
        for _ in range(int(seconds * 4)):
            block, _ = stream.read(FS // 4)
            X = stft_frames(block)
            doa.locate_sources(X, freq_range=FREQ_RANGE)
            azimuth = float(np.degrees(doa.azimuth_recon[0]))
            beam.far_field_weights(np.radians(azimuth))
            print(f"speaker at {azimuth:6.1f} deg")
            yield azimuth, beam


if __name__ == "__main__":
    for _ in track():
        pass
