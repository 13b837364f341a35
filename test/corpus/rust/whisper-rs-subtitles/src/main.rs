use anyhow::{Context, Result};
use std::fmt::Write as _;
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

fn read_mono_16k(path: &str) -> Result<Vec<f32>> {
    let mut reader = hound::WavReader::open(path).with_context(|| format!("opening {path}"))?;
    let spec = reader.spec();
    anyhow::ensure!(spec.sample_rate == 16_000 && spec.channels == 1, "{path}: need 16 kHz mono");
    Ok(reader.samples::<i16>().map(|s| s.unwrap_or(0) as f32 / 32768.0).collect())
}

fn srt_time(cs: i64) -> String {
    let ms = cs * 10;
    format!("{:02}:{:02}:{:02},{:03}", ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (model, wav) = (&args[1], &args[2]);
    let ctx = WhisperContext::new_with_params(model, WhisperContextParameters::default())?;
    let mut state = ctx.create_state()?;
    let mut params = FullParams::new(SamplingStrategy::BeamSearch { beam_size: 5, patience: -1.0 });
    params.set_language(Some("auto"));
    params.set_print_progress(false);

    state.full(params, &read_mono_16k(wav)?)?;
    let mut srt = String::new();
    for i in 0..state.full_n_segments()? {
        let text = state.full_get_segment_text(i)?;
        let (t0, t1) = (state.full_get_segment_t0(i)?, state.full_get_segment_t1(i)?);
        writeln!(srt, "{}\n{} --> {}\n{}\n", i + 1, srt_time(t0), srt_time(t1), text.trim())?;
    }
    std::fs::write(wav.replace(".wav", ".srt"), srt)?;
    Ok(())
}
