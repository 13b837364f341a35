use std::{fs::File, io::BufReader, sync::Arc};

use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::ServerConfig;
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

fn load_config(cert_path: &str, key_path: &str) -> std::io::Result<ServerConfig> {
    let certs: Vec<CertificateDer<'static>> =
        rustls_pemfile::certs(&mut BufReader::new(File::open(cert_path)?)).collect::<Result<_, _>>()?;
    let key: PrivateKeyDer<'static> = rustls_pemfile::private_key(&mut BufReader::new(File::open(key_path)?))?
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{key_path}: no private key")))?;
    let mut cfg = ServerConfig::builder_with_protocol_versions(&[&rustls::version::TLS13])
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(cfg)
}

/// TLS terminator in front of the plaintext app server on 127.0.0.1:8080.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let acceptor = TlsAcceptor::from(Arc::new(load_config("certs/fullchain.pem", "certs/privkey.pem")?));
    let listener = TcpListener::bind("0.0.0.0:443").await?;
    loop {
        let (tcp, peer) = listener.accept().await?;
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            match acceptor.accept(tcp).await {
                Ok(mut tls) => {
                    if let Ok(mut upstream) = TcpStream::connect("127.0.0.1:8080").await {
                        let _ = copy_bidirectional(&mut tls, &mut upstream).await;
                    }
                }
                Err(e) => eprintln!("{peer}: handshake failed: {e}"),
            }
        });
    }
}
