using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace AudioTools;

/// <summary>Mixes a recorded voice-over onto background music with ducking, for promo videos.</summary>
public static class VoiceoverMixer
{
    public static void Mix(string voicePath, string musicPath, string outPath, float musicGain = 0.35f, float duckGain = 0.12f)
    {
        using var voice = new AudioFileReader(voicePath);
        using var music = new AudioFileReader(musicPath);
        var fmt = WaveFormat.CreateIeeeFloatWaveFormat(44100, 2);

        var voiceSp = ToFormat(voice, fmt);
        var ducked = new DuckingProvider(ToFormat(music, fmt), voiceSp, musicGain, duckGain);
        var mixer = new MixingSampleProvider(new[] { voiceSp, (ISampleProvider)ducked }) { ReadFully = false };
        WaveFileWriter.CreateWaveFile16(outPath, mixer);
    }

    private static ISampleProvider ToFormat(ISampleProvider src, WaveFormat fmt)
    {
        ISampleProvider sp = src.WaveFormat.Channels == 1 ? new MonoToStereoSampleProvider(src) : src;
        return sp.WaveFormat.SampleRate == fmt.SampleRate ? sp : new WdlResamplingSampleProvider(sp, fmt.SampleRate);
    }
}

/// <summary>Lowers music while the voice track has energy (simple envelope follower).</summary>
internal sealed class DuckingProvider(ISampleProvider music, ISampleProvider voiceProbe, float normal, float ducked) : ISampleProvider
{
    private float _env;
    public WaveFormat WaveFormat => music.WaveFormat;

    public int Read(float[] buffer, int offset, int count)
    {
        int n = music.Read(buffer, offset, count);
        for (int i = 0; i < n; i++)
        {
            float gain = _env > 0.02f ? ducked : normal;
            buffer[offset + i] *= gain;
            _env *= 0.9995f;
        }
        return n;
    }
}
