//! Runs a Piper (VITS) voice exported to ONNX, fully offline, for the doorbell's spoken messages.
use ndarray::{Array1, Array2};
use ort::{inputs, GraphOptimizationLevel, Session};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct VoiceConfig {
    audio: AudioCfg,
    phoneme_id_map: HashMap<String, Vec<i64>>,
    inference: InferenceCfg,
}
#[derive(Deserialize)]
struct AudioCfg { sample_rate: u32 }
#[derive(Deserialize)]
struct InferenceCfg { noise_scale: f32, length_scale: f32, noise_w: f32 }

pub struct PiperVoice {
    session: Session,
    cfg: VoiceConfig,
}

impl PiperVoice {
    pub fn load(model: &str, config_json: &str) -> anyhow::Result<Self> {
        let session = Session::builder()?
            .with_optimization_level(GraphOptimizationLevel::Level3)?
            .commit_from_file(model)?;
        let cfg: VoiceConfig = serde_json::from_str(&std::fs::read_to_string(config_json)?)?;
        Ok(Self { session, cfg })
    }

    /// `phonemes` come from espeak-ng (IPA), e.g. "həlˈoʊ".
    pub fn speak(&self, phonemes: &str) -> anyhow::Result<(Vec<i16>, u32)> {
        let map = &self.cfg.phoneme_id_map;
        let mut ids = vec![map["^"][0]];
        for ch in phonemes.chars() {
            if let Some(v) = map.get(&ch.to_string()) {
                ids.extend_from_slice(v);
                ids.push(map["_"][0]);
            }
        }
        ids.push(map["$"][0]);
        let n = ids.len();
        let input = Array2::from_shape_vec((1, n), ids)?;
        let lengths = Array1::from_vec(vec![n as i64]);
        let inf = &self.cfg.inference;
        let scales = Array1::from_vec(vec![inf.noise_scale, inf.length_scale, inf.noise_w]);
        let outputs = self.session.run(inputs![
            "input" => input.view(),
            "input_lengths" => lengths.view(),
            "scales" => scales.view()
        ]?)?;
        let audio = outputs["output"].try_extract_tensor::<f32>()?;
        let pcm = audio.iter().map(|s| (s.clamp(-1.0, 1.0) * 32767.0) as i16).collect();
        Ok((pcm, self.cfg.audio.sample_rate))
    }
}
