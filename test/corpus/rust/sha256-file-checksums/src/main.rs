//! Writes/verifies SHA256SUMS for release artefacts; CRC32 column kept for the old mirror scripts.
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use walkdir::WalkDir;

fn digest(path: &std::path::Path) -> io::Result<(String, u32)> {
    let mut f = File::open(path)?;
    let mut sha = Sha256::new();
    let mut crc = crc32fast::Hasher::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        sha.update(&buf[..n]);
        crc.update(&buf[..n]);
    }
    Ok((hex::encode(sha.finalize()), crc.finalize()))
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--check") => {
            let mut bad = 0;
            for line in BufReader::new(File::open(&args[2])?).lines() {
                let line = line?;
                let (want, name) = line.split_once("  ").unwrap_or(("", ""));
                let (got, _) = digest(name.as_ref())?;
                println!("{name}: {}", if got == want { "OK" } else { "FAILED" });
                bad += (got != want) as i32;
            }
            std::process::exit(bad.min(1));
        }
        Some(dir) => {
            for e in WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
                let (sha, crc) = digest(e.path())?;
                println!("{sha}  {}  # crc32={crc:08x}", e.path().display());
            }
            Ok(())
        }
        None => {
            eprintln!("usage: sumcheck <dir> | --check SHA256SUMS");
            std::process::exit(2)
        }
    }
}
